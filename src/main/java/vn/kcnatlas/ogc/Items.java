package vn.kcnatlas.ogc;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.ogc.FeatureSource.Page;
import vn.kcnatlas.ogc.FeatureSource.Queryable;

/**
 * A page of a collection's features as a GeoJSON FeatureCollection, with how many match in all and links
 * to the next and previous pages. {@code numberMatched} is always given: counting runs the page's own
 * filter on the same indexes, and clients such as GDAL take it from the first page as the layer's size
 * rather than read every page to count.
 */
@Component
class Items {

    static final List<Format> FORMATS = List.of(Format.GEOJSON, Format.JSON);

    private final Clock clock;

    Items(Clock clock) {
        this.clock = clock;
    }

    /** The query parameters items of a collection take. */
    static List<String> parameters(FeatureSource source) {
        Stream<String> dated = source.layer().dated() ? Stream.of(ItemsQuery.AS_OF) : Stream.empty();
        return Stream.of(ItemsQuery.PARAMETERS.stream(), dated, source.queryables().stream().map(Queryable::name))
                .flatMap(s -> s).toList();
    }

    /**
     * @param parameters the request's parameters, checked against {@link #parameters}
     */
    Map<String, Object> page(FeatureSource source, Map<String, String> parameters, Format format, Links links) {
        ItemsQuery query = ItemsQuery.parse(parameters, source.queryables(), source.layer().dated(), clock);
        Page page = source.page(query);
        String collection = "/collections/" + source.layer().id();
        String path = collection + "/items";
        Map<String, String> echoed = new LinkedHashMap<>(parameters);
        echoed.remove("f");

        List<Link> pageLinks = new ArrayList<>(links.selfAndAlternates(path, echoed, format, FORMATS));
        if (query.offset() + page.features().size() < page.matched()) {
            pageLinks.add(links.withFormat(path, at(echoed, query.offset() + query.limit(), query.limit()), "next",
                    format, FORMATS, "The next page"));
        }
        if (query.offset() > 0) {
            pageLinks.add(links.withFormat(path, at(echoed, Math.max(0, query.offset() - query.limit()), query.limit()),
                    "prev", format, FORMATS, "The previous page"));
        }
        pageLinks.add(links.link(collection, "collection", Format.JSON, "The collection"));

        Map<String, Object> members = new LinkedHashMap<>();
        members.put("timeStamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        members.put("numberMatched", page.matched());
        members.put("numberReturned", page.features().size());
        members.put("links", pageLinks);
        return GeoJsonFeature.collection(page.features(), members);
    }

    private static Map<String, String> at(Map<String, String> parameters, long offset, int limit) {
        Map<String, String> moved = new LinkedHashMap<>(parameters);
        moved.put("offset", String.valueOf(offset));
        moved.put("limit", String.valueOf(limit));
        return moved;
    }
}
