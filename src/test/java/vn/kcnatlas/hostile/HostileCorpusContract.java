package vn.kcnatlas.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.StoreDump;
import vn.kcnatlas.support.WriteApiTest;

/**
 * The hostile corpus against the real server: every malformed or malicious request of
 * {@code hostile/corpus.tsv} gets the 4xx the corpus expects, as a problem document (or the OGC service's
 * own exception) that names what is wrong, and once all have been sent the store holds exactly what it
 * held before.
 */
abstract class HostileCorpusContract extends WriteApiTest {

    private static final Pattern ETAG = Pattern.compile("\\{etag:([^}]+)}");

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, String> browserCookies;

    @TestFactory
    Stream<DynamicNode> everyCaseIsRefusedWithA4xxThatSaysWhyAndChangesNothing() {
        List<HostileCase> corpus = HostileCase.corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        Map<String, List<String>> before = dump();
        Stream<DynamicNode> cases = corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
        DynamicNode unchanged = DynamicTest.dynamicTest("the store is unchanged after the corpus",
                () -> assertThat(dump()).isEqualTo(before));
        return Stream.concat(cases, Stream.of(unchanged));
    }

    /** Every table but the browsers' sessions, which the corpus's own sign-ins write. */
    private Map<String, List<String>> dump() {
        return jdbc.execute((ConnectionCallback<Map<String, List<String>>>) connection -> StoreDump.of(connection,
                Set.of("spring_session", "spring_session_attributes")));
    }

    private void check(HostileCase hostile) {
        Http.Response answer = send(hostile);
        String text = answer.text();
        assertThat(answer.status()).as("%s answered %s", hostile.name(), shorten(text)).isEqualTo(hostile.status());
        assertThat(answer.contentType()).as("the kind of refusal to %s", hostile.name())
                .matches("(application/problem\\+json|text/xml|application/vnd\\.ogc\\.se_xml|application/json).*");
        assertThat(text.toLowerCase()).as("what the refusal says").contains(hostile.expect().toLowerCase())
                .doesNotContain("exception:").doesNotContain("\tat ");
    }

    private Http.Response send(HostileCase hostile) {
        Map<String, String> headers = new LinkedHashMap<>(credentials(hostile.who()));
        hostile.headerFields().forEach((name, value) -> headers.put(name, withETags(value)));
        byte[] body = HostileBodies.of(hostile.body());
        if (hostile.raw()) {
            return body == null ? http().raw(hostile.httpMethod(), hostile.target(), headers)
                    : http().declaringBody(hostile.httpMethod(), hostile.target(), headers, body.length);
        }
        return http().send(hostile.httpMethod(), hostile.target(), headers, body);
    }

    private Map<String, String> credentials(String who) {
        return switch (who) {
            case "-" -> Map.of();
            case "planner" -> Map.of("Cookie", cookies(), "Sec-Fetch-Site", "same-origin", "X-XSRF-TOKEN",
                    browserCookies.get("XSRF-TOKEN"));
            case "planner-basic" -> Accounts.planner();
            case "official" -> Accounts.official();
            case "admin" -> Accounts.admin();
            case "nobody" -> Http.basic("no.such.user", "a-long-passphrase");
            case "session" -> Map.of("Cookie", cookies(), "Sec-Fetch-Site", "same-origin");
            case "session-forged" -> Map.of("Cookie", cookies(), "Sec-Fetch-Site", "same-origin", "X-XSRF-TOKEN",
                    "forged-token");
            case "cross-site" -> {
                Map<String, String> basic = new LinkedHashMap<>(Accounts.planner());
                basic.put("Sec-Fetch-Site", "cross-site");
                yield basic;
            }
            default -> throw new IllegalArgumentException("no sender '" + who + "' in the corpus");
        };
    }

    /** The cookies of a browser signed in as the planner, as the web map signs in. */
    private String cookies() {
        if (browserCookies == null) {
            browserCookies = new LinkedHashMap<>();
            Http.Response anonymous = http().get("/api/session");
            keep(anonymous);
            String token = anonymous.json().path("csrf").path("token").asString();
            Http.Response login = http().send("POST", "/api/session", Map.of("Content-Type", "application/json",
                    "X-XSRF-TOKEN", token, "Cookie", cookieHeader(), "Sec-Fetch-Site", "same-origin"),
                    ("{\"username\":\"" + Accounts.PLANNER + "\",\"password\":\"a-long-passphrase\"}")
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(login.status()).as(login.text()).isEqualTo(200);
            keep(login);
        }
        return cookieHeader();
    }

    private void keep(Http.Response response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            for (HttpCookie cookie : HttpCookie.parse(header)) {
                browserCookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }

    private String cookieHeader() {
        return browserCookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private String withETags(String value) {
        Matcher etag = ETAG.matcher(value);
        StringBuilder out = new StringBuilder();
        while (etag.find()) {
            String current = http().get(etag.group(1)).etag();
            etag.appendReplacement(out, Matcher.quoteReplacement(current));
        }
        return etag.appendTail(out).toString();
    }

    private static String shorten(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
