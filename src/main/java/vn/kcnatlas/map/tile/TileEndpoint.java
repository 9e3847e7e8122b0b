package vn.kcnatlas.map.tile;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.util.DisconnectedClientHelper;

import vn.kcnatlas.map.cache.RenderedOutput;
import vn.kcnatlas.map.cache.RenderedResponses;
import vn.kcnatlas.map.render.LayerRequest;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.AsOfParameter;
import vn.kcnatlas.web.MalformedRequests;
import vn.kcnatlas.web.Problems;
import vn.kcnatlas.web.PublicReadAccess;
import vn.kcnatlas.web.SecurityHeaders;
import vn.kcnatlas.web.ServerBusyException;
import vn.kcnatlas.web.StoreOutage;

/**
 * Serves XYZ tiles, {@code /tiles/{layer}/{z}/{x}/{y}.png}, {@code …@2x.png} and {@code …/{y}.mvt}, as a
 * servlet filter ahead of Spring MVC. A cached tile is the hottest path of a map server, and Spring's
 * handler lookup, argument resolution and message conversion cost several times the cache lookup
 * itself (BENCHMARKS.md). Its order puts it right behind the filters at the highest precedence (the
 * forwarded headers' check, the request log, the character encoding), ahead of all others: Spring
 * Security's chain (at -100), which tiles, public and read-only, do not need, and the security headers'
 * filter, whose headers it writes itself. A plain filter, not a OncePerRequestFilter: it runs on the
 * request dispatch only, so it needs no request attribute set and removed to mark it done
 * (bench/notes-cached.md). Bad tile paths get the same problem documents as the rest of the API; every
 * other path under /tiles (TileJSON) goes on to {@link TileController}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TileEndpoint extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(TileEndpoint.class);

    private static final CorsProcessor CORS = new DefaultCorsProcessor();
    private static final CorsConfiguration PUBLIC_READ = PublicReadAccess.rule();

    private final TileService tiles;
    private final Clock clock;
    private final RenderedResponses responses;

    TileEndpoint(TileService tiles, Clock clock, RenderedResponses responses) {
        this.tiles = tiles;
        this.clock = clock;
        this.responses = responses;
    }

    /** The path within the application: behind a proxy that sends X-Forwarded-Prefix, the URI starts with it. */
    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!TileAddress.looksLikeTile(path(request))) {
            chain.doFilter(request, response);
            return;
        }
        SecurityHeaders.write(response);
        // Tiles are public map data, read by web maps on other sites (MapLibre, OpenLayers), as Martin and
        // pg_tileserv allow by default.
        if (!CORS.processRequest(PUBLIC_READ, request, response)) {
            return;
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            answerOtherMethod(method, request, response);
            return;
        }
        try {
            serve(request, response);
        } catch (RuntimeException e) {
            Optional<MalformedRequests.Refusal> malformed = MalformedRequests.describe(e);
            if (malformed.isEmpty()) {
                throw e;
            }
            problem(new TileAddress.Refusal(malformed.get().status().value(), null, malformed.get().detail()), request,
                    response);
        }
    }

    /** OPTIONS (a CORS preflight, its headers already set) is answered; any other method is not allowed. */
    private static void answerOtherMethod(String method, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
        if (method.equals("OPTIONS")) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        problem(new TileAddress.Refusal(405, null, method + " is not allowed on a tile: tiles are read with GET"),
                request, response);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate asOf;
        try {
            asOf = AsOfParameter.parse("asOf", request.getParameter("asOf"), clock);
        } catch (ApiException e) {
            problem(new TileAddress.Refusal(400, "asOf", e.getMessage()), request, response);
            return;
        }
        TileAddress.Reading reading = TileAddress.read(path(request), request.getParameter("style"), asOf);
        if (reading.refusal() != null) {
            problem(reading.refusal(), request, response);
            return;
        }
        TileAddress tile = reading.address();
        try {
            RenderedOutput output = tile.vector() ? tiles.mvt(tile.layer(), tile.tile(), tile.asOf())
                    : tiles.png(new LayerRequest(tile.layer(), tile.style(), tile.asOf()), tile.tile(),
                            tile.pixelRatio());
            responses.write(output, new ServletWebRequest(request, response), response);
        } catch (IllegalArgumentException e) {
            problem(new TileAddress.Refusal(400, "style", e.getMessage()), request, response);
        } catch (ServerBusyException e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
            problem(new TileAddress.Refusal(503, null, e.getMessage()), request, response);
        } catch (IOException | RuntimeException e) {
            if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
                return;
            }
            if (StoreOutage.causedBy(e)) {
                log.warn("Database unavailable for tile {}: {}", request.getRequestURI(), e.getMessage());
                StoreOutage.write(response, request.getMethod(), request.getRequestURI());
                return;
            }
            String incident = UUID.randomUUID().toString();
            log.error("Tile {} failed (incident {})", request.getRequestURI(), incident, e);
            problem(new TileAddress.Refusal(500, null, "The server failed to draw this tile. The failure is logged as"
                    + " incident " + incident + "."), request, response);
        }
    }

    private static void problem(TileAddress.Refusal refusal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String title = switch (refusal.status()) {
            case 404 -> "Layer not found";
            case 405 -> "Method not allowed";
            case 413 -> "Request too large";
            case 500 -> "Internal error";
            case 503 -> "Server busy";
            default -> "Invalid parameter";
        };
        Problems.write(response, refusal.status(), title, refusal.detail(), request.getRequestURI(),
                refusal.parameter() == null ? Map.of() : Map.of("parameter", refusal.parameter()));
    }
}
