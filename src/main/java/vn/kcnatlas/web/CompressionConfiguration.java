package vn.kcnatlas.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;

/**
 * Lets Tomcat compress responses that carry a strong ETag. It declines to by default, and every
 * GeoJSON answer and vector tile here has one (for 304s): 1000 lots would go out as 400 KB of raw JSON.
 */
@Configuration(proxyBeanMethods = false)
class CompressionConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("noCompressionStrongETag", "false"));
    }
}
