package vn.kcnatlas.ogc;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.time.VietnamDays;

/** The collections: their titles, extents and links to their items. */
@Component
class Collections {

    private static final String GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

    private final FeatureSources sources;
    private final CollectionExtents extents;

    Collections(FeatureSources sources, CollectionExtents extents) {
        this.sources = sources;
        this.extents = extents;
    }

    Document all(Links links) {
        return new Document(List.of(links.link("/collections", "self", Format.JSON, "This document")),
                sources.all().stream().map(source -> describe(source, links)).toList());
    }

    Description describe(FeatureSource source, Links links) {
        String path = "/collections/" + source.layer().id();
        Extent extent = extents.of(source).map(box -> extent(box, source.layer().dated())).orElse(null);
        return new Description(source.layer().id(), source.layer().title().vi(), source.description(), extent,
                "feature", List.of(ItemsQuery.CRS84), List.of(
                        links.link(path, "self", Format.JSON, "This collection"),
                        links.link(path + "/schema", "describedBy", Format.SCHEMA, "The schema of the features"),
                        links.withFormat(path + "/items", Map.of(), "items", Format.GEOJSON, Items.FORMATS,
                                "The features as GeoJSON"),
                        links.withFormat(path + "/items", Map.of(), "items", Format.JSON, Items.FORMATS,
                                "The features as GeoJSON, typed as plain JSON")));
    }

    /** The box, and for a dated collection the days it can be asked for: from the first day on, open-ended. */
    private static Extent extent(Envelope box, boolean dated) {
        Temporal temporal = dated ? new Temporal(List.of(Arrays.asList(
                MapLayer.FIRST_DAY.atStartOfDay(VietnamDays.ZONE).toInstant().toString(), null)), GREGORIAN) : null;
        return new Extent(new Spatial(List.of(List.of(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY())),
                ItemsQuery.CRS84), temporal);
    }

    /** The collections document. */
    record Document(List<Link> links, List<Description> collections) {
    }

    /**
     * One collection.
     *
     * @param extent null when no feature has a geometry yet
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Description(String id, String title, String description, Extent extent, String itemType, List<String> crs,
            List<Link> links) {
    }

    /** @param temporal null for a collection whose features have no time */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Extent(Spatial spatial, Temporal temporal) {
    }

    /** @param interval one interval, its end null for "until now" */
    record Temporal(List<List<String>> interval, String trs) {
    }

    record Spatial(List<List<Double>> bbox, String crs) {
    }
}
