package vn.kcnatlas.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the hostile corpus ({@code src/test/resources/hostile/corpus.tsv}): seven columns separated
 * by tabs, {@code -} for an empty one.
 *
 * @param line where it is in the file, for the test's name
 * @param status the 4xx expected
 * @param who who sends it: {@code -} no one signed in; {@code planner}, a browser signed in as the
 *     planner with its CSRF token (as the web map writes, and without a password hash to check on every
 *     request); {@code planner-basic}, {@code official} and {@code admin} with HTTP Basic; {@code nobody},
 *     an unknown account; the planner's browser without the token ({@code session}), with a wrong one
 *     ({@code session-forged}), or the planner's Basic login from another site ({@code cross-site})
 * @param method the HTTP method; with a trailing {@code !} the request is written byte for byte, for
 *     targets that well-behaved clients refuse to send; a body is then declared by its Content-Length but
 *     not sent ({@code Http#declaringBody}), for a server that must refuse it by its size unread
 * @param target the path and query
 * @param headers {@code Name: value}, several separated by {@code " | "}; {@code {etag:/path}} stands for
 *     the ETag a GET of that path answers now
 * @param body {@code -} for none, {@code @generator:argument} ({@link HostileBodies}), else the text
 *     itself with {@code \n}, {@code \t} and {@code \\} escapes
 * @param expect what the answer's message must say (ignoring case): the parameter, member or header at fault
 */
record HostileCase(int line, int status, String who, String method, String target, String headers, String body,
        String expect) {

    static final String CORPUS = "/hostile/corpus.tsv";

    static List<HostileCase> corpus() {
        try (InputStream in = HostileCase.class.getResourceAsStream(CORPUS);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<HostileCase> cases = new ArrayList<>();
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] columns = text.split("\t", -1);
                if (columns.length != 7) {
                    throw new IllegalStateException(CORPUS + " line " + line + " has " + columns.length
                            + " columns, not 7");
                }
                cases.add(new HostileCase(line, Integer.parseInt(columns[0]), columns[1], columns[2], columns[3],
                        columns[4], columns[5], columns[6]));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean raw() {
        return method.endsWith("!");
    }

    String httpMethod() {
        return raw() ? method.substring(0, method.length() - 1) : method;
    }

    /** The headers as written, in order; values still hold their {@code {etag:…}} placeholders. */
    Map<String, String> headerFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!headers.equals("-")) {
            for (String field : headers.split(" \\| ")) {
                int colon = field.indexOf(':');
                fields.put(field.substring(0, colon).strip(), field.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    String name() {
        String shown = target.length() > 90 ? target.substring(0, 90) + "…" : target;
        return "line " + line + ": " + status + " " + method + " " + shown + (who.equals("-") ? "" : " as " + who)
                + (body.startsWith("@") ? " " + body : "");
    }
}
