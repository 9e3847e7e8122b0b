package vn.kcnatlas.web;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * While observations of server requests are off ({@code management.observations.enable.http.server.requests},
 * off in application.yml: RequestLog logs each request), the filter that would make them is not registered
 * either: it still ran on every request, made a no-op observation and set a request attribute, some 7 % of
 * the CPU of a cached tile (bench/notes-cached.md). Turning the observations on brings Spring Boot's filter
 * back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "management.observations.enable.http.server.requests", havingValue = "false")
class RequestObservations {

    @Bean
    FilterRegistrationBean<ServerHttpObservationFilter> noServerHttpObservationFilter() {
        FilterRegistrationBean<ServerHttpObservationFilter> registration =
                new FilterRegistrationBean<>(new ServerHttpObservationFilter(ObservationRegistry.NOOP));
        registration.setEnabled(false);
        return registration;
    }
}
