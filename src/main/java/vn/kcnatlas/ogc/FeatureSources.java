package vn.kcnatlas.ogc;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/** The collections, in the order of the map layers, found by their ids. */
@Component
class FeatureSources {

    private final List<FeatureSource> all;

    FeatureSources(List<FeatureSource> sources) {
        this.all = sources.stream().sorted(Comparator.comparing(FeatureSource::layer)).toList();
    }

    List<FeatureSource> all() {
        return all;
    }

    /** @throws OgcException 404 for an unknown collection */
    FeatureSource byId(String collectionId) {
        return all.stream().filter(source -> source.layer().id().equals(collectionId)).findFirst()
                .orElseThrow(() -> OgcException.notFound("There is no collection '" + collectionId + "'; the"
                        + " collections are " + String.join(", ", all.stream().map(s -> s.layer().id()).toList())));
    }
}
