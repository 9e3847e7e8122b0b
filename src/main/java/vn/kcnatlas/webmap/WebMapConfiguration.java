package vn.kcnatlas.webmap;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Serves the web map's page under its security headers. */
@Configuration(proxyBeanMethods = false)
class WebMapConfiguration {

    /** The page and the files under web/; the API and the webjars keep their own headers. */
    static final String[] PAGE_PATHS = {"/", "/index.html", "/js/*", "/css/*", "/i18n/*", "/favicon.svg"};

    @Bean
    FilterRegistrationBean<PageSecurityHeaders> pageSecurityHeaders(WebMapProperties properties) {
        FilterRegistrationBean<PageSecurityHeaders> registration = new FilterRegistrationBean<>(
                new PageSecurityHeaders(properties));
        registration.addUrlPatterns(PAGE_PATHS);
        return registration;
    }
}
