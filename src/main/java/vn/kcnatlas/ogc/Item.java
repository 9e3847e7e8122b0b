package vn.kcnatlas.ogc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.kcnatlas.ogc.FeatureSource.Found;

/** One feature of a collection, as a GeoJSON Feature with links to itself and its collection. */
final class Item {

    private Item() {
    }

    /**
     * The feature's JSON and the tag its ETag starts with.
     *
     * @throws OgcException 404 for an unknown feature
     */
    static Tagged feature(FeatureSource source, String featureId, Format format, Links links) {
        Found found = source.feature(featureId).orElseThrow(() -> OgcException.notFound("There is no feature '"
                + featureId + "' in collection '" + source.layer().id() + "'"));
        String collection = "/collections/" + source.layer().id();
        List<Link> featureLinks = new ArrayList<>(
                links.selfAndAlternates(collection + "/items/" + featureId, Map.of(), format, Items.FORMATS));
        featureLinks.add(links.link(collection, "collection", Format.JSON, "The collection"));
        Map<String, Object> json = found.feature().toJson();
        json.put("links", featureLinks);
        return new Tagged(json, found.versionTag());
    }

    record Tagged(Map<String, Object> json, String versionTag) {
    }
}
