package vn.kcnatlas.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses query parameters an /api resource does not take, naming the ones it does, so that a typo
 * ({@code provnce=}) is an error rather than a filter silently ignored. A resource's parameters are its
 * handler's {@code @RequestParam}s; a handler that takes them all as a map checks them itself.
 */
@Configuration
class KnownParameters implements WebMvcConfigurer, HandlerInterceptor {

    /** Each handler's query parameters; "*" for a handler that reads them all itself. */
    private final Map<HandlerMethod, Set<String>> accepted = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> names = accepted.computeIfAbsent(method, KnownParameters::parametersOf);
        if (names.contains("*")) {
            return true;
        }
        for (String name : request.getParameterMap().keySet()) {
            if (!names.contains(name)) {
                throw ApiException.badParameter(name, "Unknown parameter '" + name + "'; "
                        + (names.isEmpty() ? "this resource takes none" : "this resource takes " + String.join(", ", names)));
            }
        }
        return true;
    }

    /** The names of a handler's query parameters, or "*" when it takes them all as a map. */
    private static Set<String> parametersOf(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                return Set.of("*");
            }
            String name = annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
            names.add(name);
        }
        return names;
    }
}
