package vn.kcnatlas.io;

import java.util.List;

/** The features of an import file, read whole before anything is written. */
public record FeatureFile(String name, List<SourceFeature> features) {

    public FeatureFile {
        features = List.copyOf(features);
    }
}
