package vn.kcnatlas.ogc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.text.Coded;

/** One collection of OGC API Features: where its features come from and how they are filtered. */
interface FeatureSource {

    MapLayer layer();

    /** What the collection holds, in English; the title is the layer's Vietnamese name. */
    String description();

    /** What its features' geometry is, for the schema. */
    default String geometry() {
        return "A GeoJSON MultiPolygon in CRS84, or null";
    }

    /** The properties of its features, in order, with their types. */
    List<Property> properties();

    /** The properties that items can be filtered on, each by equality with one value. */
    List<Queryable> queryables();

    /** One page of the features that match, and how many match in all. */
    Page page(ItemsQuery query);

    /** A feature by its id in this API. */
    Optional<Found> feature(String featureId);

    /** The box around the features' geometries, or empty when none has one; read from the store. */
    Optional<Envelope> extent();

    record Property(String name, PropertyType type) {
    }

    /**
     * A property that filters items: {@code ?kind=KCN}.
     *
     * @param values the values it can take, or empty when any text goes (codes of other things)
     */
    record Queryable(String name, String description, List<String> values) {

        static Queryable text(String name, String description) {
            return new Queryable(name, description, List.of());
        }

        static <E extends Enum<E> & Coded> Queryable codes(String name, String description, Class<E> type) {
            return new Queryable(name, description,
                    Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
        }
    }

    record Page(List<GeoJsonFeature> features, long matched) {
    }

    /**
     * @param versionTag what the feature's ETag starts with, such as its version ("v3-"); may be empty
     */
    record Found(GeoJsonFeature feature, String versionTag) {
    }
}
