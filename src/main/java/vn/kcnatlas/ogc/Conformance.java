package vn.kcnatlas.ogc;

import java.util.List;

/** The conformance classes of OGC API Features Part 1 this API implements. */
record Conformance(List<String> conformsTo) {

    static final Conformance CLASSES = new Conformance(List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30"));
}
