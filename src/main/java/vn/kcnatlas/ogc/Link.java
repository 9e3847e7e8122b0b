package vn.kcnatlas.ogc;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A link as OGC API documents carry them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Link(String href, String rel, String type, String title) {
}
