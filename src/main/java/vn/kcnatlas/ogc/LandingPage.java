package vn.kcnatlas.ogc;

import java.util.List;

/** The landing page: what the service is and where its API definition, conformance and data are. */
record LandingPage(String title, String description, List<Link> links) {

    static LandingPage of(Links links) {
        return new LandingPage("KCN Atlas",
                "Khu, cụm công nghiệp Việt Nam: ranh giới, lô đất, tình hình cho thuê. Vietnam's industrial zones and"
                        + " clusters, their lots and districts, as OGC API Features.",
                List.of(links.link("", "self", Format.JSON, "This document"),
                        links.link("/api", "service-desc", Format.OPENAPI, "The API definition (OpenAPI 3.0)"),
                        links.link("/conformance", "conformance", Format.JSON, "The standards this API conforms to"),
                        links.link("/collections", "data", Format.JSON, "The collections of features")));
    }
}
