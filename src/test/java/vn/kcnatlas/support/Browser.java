package vn.kcnatlas.support;

import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser as far as the server can tell: it keeps the cookies it is given and sends them back, and
 * marks its requests the way the web map's scripts do.
 */
public final class Browser {

    private final Http http;
    private final Map<String, String> cookies;

    public Browser(Http http) {
        this(http, new LinkedHashMap<>());
    }

    private Browser(Http http, Map<String, String> cookies) {
        this.http = http;
        this.cookies = cookies;
    }

    /** The same browser, its cookies shared, sending to another server: another instance behind a balancer. */
    public Browser at(Http other) {
        return new Browser(other, cookies);
    }

    public Http.Response get(String path) {
        return send("GET", path, Map.of(), null);
    }

    public Http.Response send(String method, String path, Map<String, String> headers, String json) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("X-Requested-With", "XMLHttpRequest");
        all.put("Sec-Fetch-Site", "same-origin");
        if (json != null) {
            all.putIfAbsent("Content-Type", "application/json");
        }
        if (!cookies.isEmpty()) {
            all.put("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        Http.Response response = http.send(method, path, all,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
        for (String header : response.headers().allValues("Set-Cookie")) {
            for (HttpCookie cookie : HttpCookie.parse(header)) {
                if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
        return response;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }
}
