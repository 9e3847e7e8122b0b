package vn.kcnatlas.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the application sees them (a path with {@code %ff} or an encoded
 * slash, a URL or header over 8 KB, a Content-Length that is not a number) are answered as a problem
 * document like every other error, instead of Tomcat's HTML page. Ordered last, so that it replaces the
 * report valve Spring Boot installs.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ConnectorErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve());
            }
        });
    }

    /** Writes what Tomcat refused as application/problem+json, without server details or stack traces. */
    public static final class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String problem = Problems.json(status, known == null ? "Error" : known.getReasonPhrase(),
                    detail(status, response.getMessage()), null, Map.of());
            try {
                SecurityHeaders.write(response);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(problem);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response was taken over: nothing more to say.
            }
        }

        private static String detail(int status, String message) {
            String said = message == null || message.isBlank() ? "" : " (" + message + ")";
            return switch (status) {
                case 400 -> "The request was refused before it reached the application: its URL or headers are"
                        + " malformed, for example a percent escape that is not UTF-8, an encoded slash or a control"
                        + " character in the path, or a request line or headers over the 8 KB the server takes" + said
                        + ".";
                case 414 -> "The URL is too long; the server takes URLs up to 8 KB" + said + ".";
                case 431 -> "The request headers are too large" + said + ".";
                default -> "The request could not be handled" + said + ".";
            };
        }
    }
}
