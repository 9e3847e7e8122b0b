package vn.kcnatlas.map.wms;

import java.awt.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import vn.kcnatlas.map.LayerFeatures;
import vn.kcnatlas.map.MapCrs;
import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.map.cache.RenderedOutput;
import vn.kcnatlas.map.cache.RenderedResponses;
import vn.kcnatlas.map.render.ImageFormat;
import vn.kcnatlas.map.style.Theme;
import vn.kcnatlas.text.Localized;

/**
 * GetCapabilities: the service metadata, valid against the WMS 1.3.0 schema. Its URLs are built from the
 * request, so they name this server as the client reached it (behind a proxy too, when forwarded headers
 * are honoured). Only 1.3.0 is spoken, so version negotiation always settles on it: a client asking for
 * 1.1.1, as GDAL does by default, gets 1.3.0 and reads the version from the document.
 */
@Component
class GetCapabilities implements WmsOperation {

    static final String NAMESPACE = "http://www.opengis.net/wms";
    private static final String SCHEMA = "http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd";
    /** The area of an empty registry: mainland Vietnam. */
    private static final Envelope VIETNAM = new Envelope(102.1, 109.5, 8.5, 23.4);
    /** Degrees added around the data's extent, as in TileJSON bounds. */
    private static final double EXTENT_MARGIN = 0.05;
    private static final String ABSTRACT = "Bản đồ các khu công nghiệp (KCN) và cụm công nghiệp (CCN) của Việt Nam:"
            + " ranh giới, tình trạng kêu gọi đầu tư, tỷ lệ lấp đầy, giải phóng mặt bằng và lô đất. Map of Vietnam's"
            + " industrial zones (KCN) and industrial clusters (CCN): boundaries, investment calls, occupancy, land"
            + " clearance and lots.";
    private static final List<String> KEYWORDS = List.of("WMS", "KCN", "CCN", "khu công nghiệp",
            "cụm công nghiệp", "industrial zones", "industrial clusters", "Việt Nam", "Vietnam");
    private static final Localized ATTRIBUTES = new Localized("Thông tin đối tượng (GetFeatureInfo)",
            "Feature info (GetFeatureInfo)");
    private static final Localized SHOWN_FROM = new Localized("Hiển thị từ tỷ lệ 1:%s (mức thu phóng %d) trở vào",
            "Shown from 1:%s (zoom %d) inwards");

    /**
     * What a layer's MetadataURL is: its OGC API Features collection, described in JSON. WMS 1.3.0 names
     * only ISO 19115 and FGDC as types, neither of which this is; the schema takes any token.
     */
    static final String METADATA_TYPE = "OGCAPI-Features-1.0:Collection";

    private final LayerFeatures features;
    private final WmsCatalog catalog;
    private final OperatorContact operator;
    private final Clock clock;

    GetCapabilities(LayerFeatures features, WmsCatalog catalog, OperatorContact operator, Clock clock) {
        this.features = features;
        this.catalog = catalog;
        this.operator = operator;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "GetCapabilities";
    }

    @Override
    public ResponseEntity<byte[]> handle(WmsParameters params, WebRequest request) {
        params.required("SERVICE");
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        byte[] document = document(base, params.language());
        return RenderedResponses.respond(RenderedOutput.of(document, "text/xml;charset=UTF-8"), request);
    }

    /** @param base the URL of this server's root, as the client reached it */
    private byte[] document(String base, String language) {
        String url = wmsUrl(base);
        XmlWriter xml = new XmlWriter("WMS_Capabilities", NAMESPACE, SCHEMA).attribute("version", MapView.VERSION);
        service(xml, url);
        xml.start("Capability");
        xml.start("Request");
        operation(xml, "GetCapabilities", List.of("text/xml"), url);
        operation(xml, "GetMap", Arrays.stream(ImageFormat.values()).map(ImageFormat::mediaType).toList(), url);
        operation(xml, "GetFeatureInfo", Arrays.stream(InfoFormat.values()).map(InfoFormat::mediaType).toList(), url);
        xml.end();
        xml.start("Exception");
        Arrays.stream(ExceptionFormat.values()).forEach(f -> xml.element("Format", f.name()));
        xml.end();
        Envelope extent = features.extent();
        if (extent.isNull()) {
            extent = new Envelope(VIETNAM);
        }
        // Clients that clip maps to the layer's box (GDAL does) would cut off outlines and labels at its edge.
        extent.expandBy(EXTENT_MARGIN);
        xml.start("Layer");
        xml.element("Title", "KCN Atlas").element("Abstract", ABSTRACT);
        Arrays.stream(MapCrs.values()).forEach(crs -> xml.element("CRS", crs.code()));
        bounds(xml, extent);
        for (MapLayer layer : MapLayer.values()) {
            layer(xml, layer, extent, base, language);
        }
        return xml.finish();
    }

    private void service(XmlWriter xml, String url) {
        xml.start("Service");
        xml.element("Name", "WMS").element("Title", "KCN Atlas").element("Abstract", ABSTRACT);
        xml.start("KeywordList");
        KEYWORDS.forEach(k -> xml.element("Keyword", k));
        xml.end();
        xml.start("OnlineResource").link(url).end();
        operator.write(xml);
        xml.element("Fees", "none").element("AccessConstraints", "none");
        xml.element("LayerLimit", String.valueOf(MapView.MAX_LAYERS));
        xml.element("MaxWidth", String.valueOf(MapView.MAX_SIZE)).element("MaxHeight", String.valueOf(MapView.MAX_SIZE));
        xml.end();
    }

    private static void operation(XmlWriter xml, String name, List<String> formats, String url) {
        xml.start(name);
        formats.forEach(f -> xml.element("Format", f));
        xml.start("DCPType").start("HTTP").start("Get").start("OnlineResource").link(url + "?").end().end().end().end();
        xml.end();
    }

    private void layer(XmlWriter xml, MapLayer layer, Envelope extent, String base, String language) {
        xml.start("Layer").attribute("queryable", "1").attribute("opaque", "0");
        xml.element("Name", layer.id()).element("Title", layer.title().in(language));
        StringBuilder summary = new StringBuilder(ATTRIBUTES.in(language)).append(": ")
                .append(String.join(", ", LayerFeatures.fields(layer).keySet())).append('.');
        Scale.maxDenominator(layer).ifPresent(max -> summary.append(' ')
                .append(String.format(SHOWN_FROM.in(language), grouped(max, language), layer.minZoom())).append('.'));
        xml.element("Abstract", summary.toString());
        xml.start("KeywordList");
        keywords(layer).forEach(k -> xml.element("Keyword", k));
        xml.end();
        bounds(xml, extent);
        if (layer.dated()) {
            xml.start("Dimension").attribute("name", "time").attribute("units", "ISO8601")
                    .attribute("default", TimeDimension.CURRENT).attribute("multipleValues", "0")
                    .attribute("nearestValue", "0").attribute("current", "1")
                    .text(TimeDimension.extent(clock)).end();
        }
        xml.start("MetadataURL").attribute("type", METADATA_TYPE);
        xml.element("Format", MediaType.APPLICATION_JSON_VALUE);
        xml.start("OnlineResource").link(UriComponentsBuilder.fromUriString(base).path("/ogc/collections/{id}")
                .queryParam("f", "json").buildAndExpand(layer.id()).toUriString()).end();
        xml.end();
        for (Map.Entry<String, Theme> theme : catalog.themes(layer).entrySet()) {
            Dimension legend = GetLegendGraphic.legendSize(catalog, layer, theme.getKey(), language,
                    GetLegendGraphic.SWATCH_SIZE, GetLegendGraphic.SWATCH_SIZE);
            UriComponentsBuilder legendUrl = UriComponentsBuilder.fromUriString(wmsUrl(base))
                    .queryParam("SERVICE", "WMS")
                    .queryParam("VERSION", MapView.VERSION).queryParam("REQUEST", "GetLegendGraphic")
                    .queryParam("LAYER", layer.id()).queryParam("STYLE", theme.getKey())
                    .queryParam("FORMAT", ImageFormat.PNG.mediaType()).queryParam("SLD_VERSION", "1.1.0");
            if (language.equals("en")) {
                legendUrl.queryParam("LANGUAGE", language);
            }
            xml.start("Style");
            xml.element("Name", theme.getKey()).element("Title", theme.getValue().title().in(language));
            xml.start("LegendURL").attribute("width", String.valueOf(legend.width))
                    .attribute("height", String.valueOf(legend.height));
            xml.element("Format", ImageFormat.PNG.mediaType());
            xml.start("OnlineResource").link(legendUrl.build().toUriString()).end();
            xml.end().end();
        }
        Scale.maxDenominator(layer).ifPresent(max -> xml.element("MaxScaleDenominator", number(max, 2,
                RoundingMode.HALF_UP)));
        xml.end();
    }

    private static String wmsUrl(String base) {
        return base + "/wms";
    }

    /** What a layer shows, in Vietnamese and English, for catalogues that search by keyword. */
    static List<String> keywords(MapLayer layer) {
        return switch (layer) {
            case ZONES -> List.of("khu công nghiệp", "cụm công nghiệp", "KCN", "CCN", "industrial zones",
                    "industrial clusters", "Việt Nam");
            case LOTS -> List.of("lô đất", "khu công nghiệp", "land lots", "industrial zones", "Việt Nam");
            case DISTRICTS -> List.of("ranh giới hành chính", "huyện", "administrative boundaries", "districts",
                    "Việt Nam");
            case MARKERS -> List.of("mốc ranh giới", "VN-2000", "boundary markers", "khu công nghiệp", "Việt Nam");
        };
    }

    /** The extent as EX_GeographicBoundingBox and as a BoundingBox in each CRS, in the CRS's axis order. */
    private static void bounds(XmlWriter xml, Envelope lonLat) {
        xml.start("EX_GeographicBoundingBox")
                .element("westBoundLongitude", number(lonLat.getMinX(), 6, RoundingMode.FLOOR))
                .element("eastBoundLongitude", number(lonLat.getMaxX(), 6, RoundingMode.CEILING))
                .element("southBoundLatitude", number(lonLat.getMinY(), 6, RoundingMode.FLOOR))
                .element("northBoundLatitude", number(lonLat.getMaxY(), 6, RoundingMode.CEILING))
                .end();
        for (MapCrs crs : MapCrs.values()) {
            Coordinate min = new Coordinate();
            Coordinate max = new Coordinate();
            crs.project(lonLat.getMinX(), lonLat.getMinY(), min);
            crs.project(lonLat.getMaxX(), lonLat.getMaxY(), max);
            int decimals = crs.geographic() ? 6 : 2;
            String minX = number(min.x, decimals, RoundingMode.FLOOR);
            String minY = number(min.y, decimals, RoundingMode.FLOOR);
            String maxX = number(max.x, decimals, RoundingMode.CEILING);
            String maxY = number(max.y, decimals, RoundingMode.CEILING);
            boolean swap = crs.latitudeFirst();
            xml.start("BoundingBox").attribute("CRS", crs.code())
                    .attribute("minx", swap ? minY : minX).attribute("miny", swap ? minX : minY)
                    .attribute("maxx", swap ? maxY : maxX).attribute("maxy", swap ? maxX : maxY)
                    .end();
        }
    }

    private static String number(double value, int decimals, RoundingMode rounding) {
        return BigDecimal.valueOf(value).setScale(decimals, rounding).stripTrailingZeros().toPlainString();
    }

    /** A scale with thousands grouped as the language writes them: 68.247 in Vietnamese, 68,247 in English. */
    private static String grouped(double scale, String language) {
        return String.format(Locale.forLanguageTag(language), "%,d", Math.round(scale));
    }
}
