package vn.kcnatlas.webmap;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the web map's page, the officials' dashboard and the enquiries inbox under their security headers. */
@Configuration(proxyBeanMethods = false)
class WebMapConfiguration implements WebMvcConfigurer {

    /** The pages and the files under web/; the API and the webjars keep their own headers. */
    static final String[] PAGE_PATHS = {"/", "/index.html", "/dashboard", "/dashboard.html", "/inbox",
        "/inbox.html", "/js/*",
        "/css/*", "/i18n/*", "/favicon.svg"};

    @Bean
    FilterRegistrationBean<PageSecurityHeaders> pageSecurityHeaders(WebMapProperties properties) {
        FilterRegistrationBean<PageSecurityHeaders> registration = new FilterRegistrationBean<>(
                new PageSecurityHeaders(properties));
        registration.addUrlPatterns(PAGE_PATHS);
        return registration;
    }

    /** The dashboard at /dashboard and the inbox at /inbox, as the web map is at / (its welcome page). */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/dashboard").setViewName("forward:/dashboard.html");
        registry.addViewController("/inbox").setViewName("forward:/inbox.html");
    }
}
