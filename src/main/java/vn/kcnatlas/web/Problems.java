package vn.kcnatlas.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem documents for the places that answer outside Spring MVC's exception handlers: the
 * tile filter, the forwarded-header filter, Tomcat's error report. Inside Spring MVC,
 * {@link ApiExceptionHandler} builds them as {@code ProblemDetail}s; both carry the same members.
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /**
     * @param path the request's path, for {@code instance}; null for none
     * @param extra further members, such as the parameter at fault
     */
    public static String json(int status, String title, String detail, String path, Map<String, Object> extra) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        URI instance = path == null ? null : instance(path);
        if (instance != null) {
            problem.put("instance", instance.toString());
        }
        problem.putAll(extra);
        return JSON.writeValueAsString(problem);
    }

    /** Sets the status and writes the document as the response's body. */
    public static void write(HttpServletResponse response, int status, String title, String detail, String path,
            Map<String, Object> extra) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json(status, title, detail, path, extra).getBytes(StandardCharsets.UTF_8));
    }

    /** A request path as a URI, quoted where a proxy's prefix put characters no URI holds ({@code /a b}). */
    public static URI instance(String path) {
        try {
            return new URI(path);
        } catch (URISyntaxException notAsItIs) {
            try {
                return new URI(null, null, path, null);
            } catch (URISyntaxException e) {
                return null;
            }
        }
    }
}
