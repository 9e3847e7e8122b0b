package vn.kcnatlas.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A test of the write API against the running server, with the planner and the official it signs in as. */
public abstract class WriteApiTest {

    @LocalServerPort
    protected int port;

    protected Http http() {
        return new Http(port);
    }

    @BeforeEach
    void accounts() {
        Accounts.ensurePlannerAndOfficial(http());
    }

    /** A zone's versions, newest first, as an official reads them. */
    protected JsonNode history(String code) {
        return http().get("/api/zones/" + code + "/history", Accounts.official()).json().path("versions");
    }
}
