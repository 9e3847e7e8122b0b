package vn.kcnatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests against the running server. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;
    private final String base;

    public Http(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
    }

    public Response get(String path) {
        return get(path, Map.of());
    }

    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Any method, with headers and a body (null for none). */
    public Response send(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /**
     * A request written byte for byte, for what well-behaved clients refuse to send: a target with a bad
     * percent escape ({@code %zz}), say. HTTP/1.0, so the answer comes unchunked and the connection closes.
     */
    public Response raw(String method, String target, Map<String, String> headers) {
        return raw(method, target, headers, false);
    }

    /**
     * A request that declares a body by its Content-Length and sends none (the client then stops sending),
     * for a server that must refuse a body by its size before reading it. Sending a body of many megabytes
     * that the server refuses unread would end in a reset connection rather than an answer to read.
     */
    public Response declaringBody(String method, String target, Map<String, String> headers, long length) {
        Map<String, String> declared = new LinkedHashMap<>(headers);
        declared.put("Content-Length", Long.toString(length));
        return raw(method, target, declared, true);
    }

    private Response raw(String method, String target, Map<String, String> headers, boolean thenStopSending) {
        try (Socket socket = new Socket("localhost", port)) {
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.0\r\nHost: localhost\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (thenStopSending) {
                socket.shutdownOutput();
            }
            byte[] answer = socket.getInputStream().readAllBytes();
            int end = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String[] lines = new String(answer, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                fields.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            java.net.http.HttpHeaders parsed = java.net.http.HttpHeaders.of(fields, (name, value) -> true);
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), parsed.firstValue("Content-Type").orElse(""),
                    parsed.firstValue("ETag").orElse(null), Arrays.copyOfRange(answer, end + 4, answer.length), parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no end of headers in the answer");
    }

    /** The header of an HTTP Basic login, as API clients send it. */
    public static Map<String, String> basic(String username, String password) {
        return Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Encodes a query value, e.g. a name with diacritics. */
    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, ETag, body and every header. */
    public record Response(int status, String contentType, String etag, byte[] body,
            java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
