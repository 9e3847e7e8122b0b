package vn.kcnatlas.web;

import java.io.IOException;
import java.util.Locale;

/**
 * Recognises failures that only mean the client went away mid-answer (a map panned on, a tab closed).
 * They are not incidents: there is nobody left to answer, and nothing is wrong with the server.
 */
public final class ClientDisconnects {

    private ClientDisconnects() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String type = t.getClass().getSimpleName();
            if (type.equals("ClientAbortException") || type.equals("AsyncRequestNotUsableException")) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null) {
                String message = t.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("broken pipe") || message.contains("connection reset")) {
                    return true;
                }
            }
        }
        return false;
    }
}
