package vn.kcnatlas.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Requests that nothing in the application takes, such as {@code PUT /api/zones}: Spring MVC answers them
 * 404 or 405 with a problem document that says so, which tells a client more than a 401 would and gives
 * nothing away. Asked only of changes no access rule names, so reads never pay for the lookup; when in
 * doubt it says the request is handled, and the request is denied.
 */
final class UnhandledRequests implements RequestMatcher {

    private final HandlerMappingIntrospector handlers;

    UnhandledRequests(HandlerMappingIntrospector handlers) {
        this.handlers = handlers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        RequestPath parsedBefore = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            for (HandlerMapping mapping : handlers.getHandlerMappings()) {
                HandlerExecutionChain chain = mapping.getHandler(request);
                if (chain != null) {
                    // Static files and webjars are read only; their handler refuses every other method.
                    return chain.getHandler() instanceof ResourceHttpRequestHandler;
                }
            }
            return true;
        } catch (HttpRequestMethodNotSupportedException e) {
            return true;
        } catch (Exception e) {
            return false;
        } finally {
            ServletRequestPathUtils.setParsedRequestPath(parsedBefore, request);
        }
    }
}
