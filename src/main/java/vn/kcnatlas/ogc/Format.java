package vn.kcnatlas.ogc;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The encodings OGC API Features answers in, and the choice among those a resource offers: the one the
 * {@code f} parameter names (by name or media type), else the best the Accept header allows.
 */
enum Format {
    GEOJSON("geojson", MediaType.parseMediaType("application/geo+json")),
    JSON("json", MediaType.APPLICATION_JSON),
    OPENAPI("openapi", MediaType.parseMediaType("application/vnd.oai.openapi+json;version=3.0")),
    SCHEMA("schema", MediaType.parseMediaType("application/schema+json"));

    private final String parameterValue;
    private final MediaType mediaType;

    Format(String parameterValue, MediaType mediaType) {
        this.parameterValue = parameterValue;
        this.mediaType = mediaType;
    }

    /** The value of {@code f} that asks for this format. */
    String parameterValue() {
        return parameterValue;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /**
     * @param offered the formats of the resource, the default first
     * @param f the {@code f} parameter, or null
     * @param accept the Accept header, or null
     * @throws OgcException 406 when neither allows an offered format
     */
    static Format negotiate(List<Format> offered, String f, String accept) {
        if (f != null) {
            return offered.stream().filter(format -> format.isNamedBy(f)).findFirst()
                    .orElseThrow(() -> OgcException.notAcceptable("f=" + f + " is not offered here; use "
                            + offered.stream().map(Format::parameterValue).collect(Collectors.joining(" or "))));
        }
        if (accept == null || accept.isBlank()) {
            return offered.getFirst();
        }
        List<MediaType> ranges = parseAccept(accept);
        Format best = null;
        double bestQuality = 0;
        for (Format format : offered) {
            double quality = format.quality(ranges);
            if (quality > bestQuality) {
                best = format;
                bestQuality = quality;
            }
        }
        if (best == null) {
            throw OgcException.notAcceptable("None of the media types in Accept (" + accept + ") is offered here;"
                    + " this resource is offered as " + offered.stream().map(format -> format.mediaType.toString())
                    .collect(Collectors.joining(", ")));
        }
        return best;
    }

    /**
     * How much the client wants this format: the quality of the most specific range that includes it, so
     * that {@code application/geo+json;q=0} rules GeoJSON out even next to a wildcard. 0 when no range
     * includes it.
     */
    private double quality(List<MediaType> ranges) {
        return ranges.stream().filter(range -> range.includes(mediaType))
                .max(Comparator.comparingInt(Format::specificity))
                .map(MediaType::getQualityValue).orElse(0.0);
    }

    private static int specificity(MediaType range) {
        int wildcards = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
        long parameters = range.getParameters().keySet().stream().filter(name -> !name.equals("q")).count();
        return wildcards * 100 + (int) parameters;
    }

    private boolean isNamedBy(String f) {
        if (f.equalsIgnoreCase(parameterValue)) {
            return true;
        }
        return parse(f).filter(mediaType::equalsTypeAndSubtype).isPresent();
    }

    private static Optional<MediaType> parse(String text) {
        try {
            return Optional.of(MediaType.parseMediaType(text));
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
    }

    private static List<MediaType> parseAccept(String accept) {
        try {
            return MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw OgcException.notAcceptable("The Accept header cannot be read: " + e.getMessage());
        }
    }
}
