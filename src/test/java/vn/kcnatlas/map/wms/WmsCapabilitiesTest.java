package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import vn.kcnatlas.support.Http;
import vn.kcnatlas.time.VietnamDays;

class WmsCapabilitiesTest extends WmsServerTest {

    private static final String CAPABILITIES = "SERVICE=WMS&REQUEST=GetCapabilities";

    @Test
    void isValidAgainstTheWms130SchemaOffline() {
        Http.Response response = wms(CAPABILITIES + "&VERSION=1.3.0");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/xml;charset=UTF-8");
        WmsSchemas.validate(WmsSchemas.CAPABILITIES, response.body());
        WmsSchemas.validate(WmsSchemas.CAPABILITIES, wms(CAPABILITIES + "&LANGUAGE=en").body());
    }

    @Test
    void theSchemaCheckCatchesABrokenDocument() {
        String valid = wms(CAPABILITIES).text();
        byte[] broken = valid.replaceFirst("<MaxWidth>4096</MaxWidth>\\s*<MaxHeight>4096</MaxHeight>",
                "<MaxHeight>4096</MaxHeight><MaxWidth>4096</MaxWidth>").getBytes(StandardCharsets.UTF_8);

        assertThat(new String(broken, StandardCharsets.UTF_8)).isNotEqualTo(valid);
        assertThatThrownBy(() -> WmsSchemas.validate(WmsSchemas.CAPABILITIES, broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("MaxWidth");
    }

    @Test
    void describesTheServiceAndItsOperationsAtTheUrlTheClientUsed() {
        Document caps = capabilities(CAPABILITIES);
        String url = "http://localhost:" + port + "/wms";

        assertThat(text(caps, "/w:WMS_Capabilities/@version")).isEqualTo("1.3.0");
        assertThat(text(caps, "//w:Service/w:Title")).isEqualTo("KCN Atlas");
        assertThat(text(caps, "//w:Service/w:Abstract")).contains("khu công nghiệp").contains("industrial zones");
        assertThat(text(caps, "//w:Service/w:OnlineResource/@xlink:href")).isEqualTo(url);
        assertThat(text(caps, "//w:Service/w:MaxWidth")).isEqualTo("4096");
        assertThat(text(caps, "//w:Service/w:MaxHeight")).isEqualTo("4096");
        assertThat(texts(caps, "//w:Request/w:GetMap/w:Format")).containsExactly("image/png", "image/jpeg");
        assertThat(texts(caps, "//w:Request/w:GetFeatureInfo/w:Format"))
                .containsExactly("application/json", "text/html", "text/plain");
        assertThat(texts(caps, "//w:Request/*/w:DCPType/w:HTTP/w:Get/w:OnlineResource/@xlink:href"))
                .containsOnly(url + "?").hasSize(3);
        assertThat(texts(caps, "//w:Capability/w:Exception/w:Format")).contains("XML");
    }

    @Test
    void offersTheFourLayersInTheThreeCrsWithBoxesInEachCrsAxisOrder() {
        Document caps = capabilities(CAPABILITIES);

        assertThat(texts(caps, "/w:WMS_Capabilities/w:Capability/w:Layer/w:CRS"))
                .containsExactly("EPSG:4326", "CRS:84", "EPSG:3857");
        assertThat(texts(caps, "//w:Layer/w:Layer/w:Name")).containsExactly("zones", "lots", "districts", "markers");
        assertThat(texts(caps, "//w:Layer/w:Layer/@queryable")).containsOnly("1");
        assertThat(text(caps, "//w:Layer[w:Name='zones']/w:Title")).isEqualTo("Khu, cụm công nghiệp");
        assertThat(text(caps, "//w:Layer[w:Name='zones']/w:Abstract")).contains("investmentStatus");

        Element geographic = (Element) node(caps, "/w:WMS_Capabilities/w:Capability/w:Layer/w:EX_GeographicBoundingBox");
        double west = number(geographic, "w:westBoundLongitude");
        double south = number(geographic, "w:southBoundLatitude");
        assertThat(west).isLessThan(TAN_KIEU_LON);
        assertThat(number(geographic, "w:eastBoundLongitude")).isGreaterThan(TAN_KIEU_LON);
        assertThat(south).isLessThan(TAN_KIEU_LAT);
        assertThat(number(geographic, "w:northBoundLatitude")).isGreaterThan(TAN_KIEU_LAT);

        Element epsg4326 = (Element) node(caps, "/w:WMS_Capabilities/w:Capability/w:Layer/w:BoundingBox[@CRS='EPSG:4326']");
        assertThat(Double.parseDouble(epsg4326.getAttribute("minx"))).as("latitude first").isEqualTo(south);
        assertThat(Double.parseDouble(epsg4326.getAttribute("miny"))).isEqualTo(west);
        Element crs84 = (Element) node(caps, "/w:WMS_Capabilities/w:Capability/w:Layer/w:BoundingBox[@CRS='CRS:84']");
        assertThat(Double.parseDouble(crs84.getAttribute("minx"))).as("longitude first").isEqualTo(west);
        Element mercator = (Element) node(caps, "/w:WMS_Capabilities/w:Capability/w:Layer/w:BoundingBox[@CRS='EPSG:3857']");
        assertThat(Double.parseDouble(mercator.getAttribute("minx"))).isCloseTo(Math.toRadians(west) * 6378137,
                within(1.0));
    }

    @Test
    void namesTheConfiguredOperatorAsItsContact() {
        Document caps = capabilities(CAPABILITIES);

        assertThat(text(caps, "//w:Service/w:ContactInformation/w:ContactPersonPrimary/w:ContactPerson"))
                .isEqualTo(OPERATOR_PERSON);
        assertThat(text(caps, "//w:Service/w:ContactInformation/w:ContactPersonPrimary/w:ContactOrganization"))
                .isEqualTo(OPERATOR_ORGANISATION);
        assertThat(text(caps, "//w:ContactInformation/w:ContactElectronicMailAddress")).isEqualTo(OPERATOR_EMAIL);
        assertThat(text(caps, "//w:ContactInformation/w:ContactVoiceTelephone")).isEqualTo("+84 28 0000 0000");
        assertThat(texts(caps, "//w:ContactInformation/w:ContactAddress/*")).containsExactly("postal", "1 Đường Thử",
                "Thành phố Hồ Chí Minh", "", "", "Việt Nam");
        assertThat(node(caps, "//w:ContactInformation/w:ContactPosition")).as("not configured, so not published")
                .isNull();
        // ets-wms13's recommendations:service-contact-info, word for word. It asks for ContactEmailAddress, which
        // the WMS 1.3.0 schema does not have (it is ContactElectronicMailAddress), so an e-mail alone never
        // satisfies it: an operator passes it by publishing a telephone or an address.
        assertThat(node(caps, "//w:Service/w:ContactInformation[w:ContactAddress!='' or w:ContactVoiceTelephone!=''"
                + " or w:ContactEmailAddress!='']")).as("the OGC suite's recommendation").isNotNull();
    }

    @Test
    void givesEveryLayerKeywordsAndAMetadataUrlThatIsItsOgcApiCollection() {
        Document caps = capabilities(CAPABILITIES);

        for (String layer : texts(caps, "//w:Layer/w:Layer/w:Name")) {
            String path = "//w:Layer[w:Name='" + layer + "']";
            assertThat(texts(caps, path + "/w:KeywordList/w:Keyword")).as(layer).isNotEmpty().contains("Việt Nam");
            assertThat(text(caps, path + "/w:MetadataURL/@type")).isEqualTo(GetCapabilities.METADATA_TYPE);
            String format = text(caps, path + "/w:MetadataURL/w:Format");
            URI url = URI.create(text(caps, path + "/w:MetadataURL/w:OnlineResource/@xlink:href"));
            assertThat(url.getRawPath()).isEqualTo("/ogc/collections/" + layer);
            assertThat(url.getPort()).isEqualTo(port);

            Http.Response collection = http().get(url.getRawPath() + "?" + url.getRawQuery());
            assertThat(collection.status()).as(url.toString()).isEqualTo(200);
            assertThat(collection.contentType()).as("the format announced").isEqualTo(format);
            assertThat(collection.json().path("id").asString()).isEqualTo(layer);
        }
        assertThat(texts(caps, "//w:Layer[w:Name='zones']/w:KeywordList/w:Keyword")).contains("khu công nghiệp",
                "industrial zones");
    }

    @Test
    void listsTheStylesWithLegendsThatAreThereAndAsLargeAsAnnounced() {
        Document caps = capabilities(CAPABILITIES);

        assertThat(texts(caps, "//w:Layer[w:Name='zones']/w:Style/w:Name"))
                .containsExactly("investment", "clearance", "occupancy");
        assertThat(texts(caps, "//w:Layer[w:Name='lots']/w:Style/w:Name")).containsExactly("status");
        assertThat(texts(caps, "//w:Layer[w:Name='districts']/w:Style/w:Name")).containsExactly("outline");
        assertThat(texts(caps, "//w:Layer[w:Name='markers']/w:Style/w:Name")).containsExactly("marker");
        assertThat(text(caps, "//w:Layer[w:Name='zones']/w:Style[w:Name='occupancy']/w:Title")).isEqualTo("Tỷ lệ lấp đầy");

        NodeList legends = (NodeList) evaluate(caps, "//w:Style/w:LegendURL", XPathConstants.NODESET);
        assertThat(legends.getLength()).isEqualTo(6);
        for (int i = 0; i < legends.getLength(); i++) {
            Element legend = (Element) legends.item(i);
            assertThat(text(legend, "w:Format")).isEqualTo("image/png");
            URI url = URI.create(text(legend, "w:OnlineResource/@xlink:href"));
            BufferedImage image = png(http().get(url.getRawPath() + "?" + url.getRawQuery()));
            assertThat(image.getWidth()).as(url.toString()).isEqualTo(Integer.parseInt(legend.getAttribute("width")));
            assertThat(image.getHeight()).as(url.toString()).isEqualTo(Integer.parseInt(legend.getAttribute("height")));
        }
    }

    @Test
    void limitsLotsToTheScalesAtWhichTheyAreDrawn() {
        Document caps = capabilities(CAPABILITIES);

        // Zoom 13 of 256-pixel Web Mercator tiles, at the standard 0.28 mm pixel.
        double zoom13 = 2 * Math.PI * 6378137 / 256 / Math.pow(2, 13) / 0.00028;
        assertThat(zoom13).isCloseTo(68_247.35, within(0.01));
        assertThat(Double.parseDouble(text(caps, "//w:Layer[w:Name='lots']/w:MaxScaleDenominator")))
                .isCloseTo(zoom13, within(0.01));
        assertThat(node(caps, "//w:Layer[w:Name='lots']/w:MinScaleDenominator")).isNull();
        assertThat(node(caps, "//w:Layer[w:Name='zones']/w:MaxScaleDenominator")).isNull();
    }

    @Test
    void advertisesATimeDimensionOnZonesFromTheFirstDayToToday() {
        Document caps = capabilities(CAPABILITIES);
        String today = VietnamDays.today(Clock.systemUTC()).toString();

        assertThat(texts(caps, "//w:Layer[w:Name='zones']/w:Dimension/@name")).containsExactly("time");
        assertThat(text(caps, "//w:Layer[w:Name='zones']/w:Dimension")).isEqualTo("2000-01-01/" + today + "/P1D");
        assertThat(text(caps, "//w:Layer[w:Name='zones']/w:Dimension/@units")).isEqualTo("ISO8601");
        assertThat(text(caps, "//w:Layer[w:Name='zones']/w:Dimension/@default")).isEqualTo("current");
        assertThat(text(caps, "//w:Layer[w:Name='zones']/w:Dimension/@nearestValue")).isEqualTo("0");
        assertThat(text(caps, "//w:Layer[w:Name='zones']/w:Dimension/@current")).isEqualTo("1");
        assertThat(texts(caps, "//w:Layer[w:Name!='zones']/w:Dimension")).as("lots, districts and markers are"
                + " drawn only as they are now").isEmpty();
    }

    @Test
    void answersVersion130WhateverVersionIsAskedFor() {
        for (String version : List.of("&VERSION=1.1.1", "&VERSION=1.0.0", "&VERSION=2.0.0", "")) {
            assertThat(text(capabilities(CAPABILITIES + version), "/w:WMS_Capabilities/@version")).as(version)
                    .isEqualTo("1.3.0");
        }
    }

    @Test
    void speaksEnglishWhenAsked() {
        Document caps = capabilities("service=wms&request=getcapabilities&language=en");

        assertThat(text(caps, "//w:Layer[w:Name='zones']/w:Title")).isEqualTo("Industrial zones and clusters");
        assertThat(text(caps, "//w:Layer[w:Name='zones']/w:Style[w:Name='occupancy']/w:Title")).isEqualTo("Occupancy");
        assertThat(text(caps, "//w:Layer[w:Name='lots']/w:Abstract")).contains("1:68,247");
        assertThat(text(caps, "//w:Style[w:Name='occupancy']/w:LegendURL/w:OnlineResource/@xlink:href"))
                .endsWith("&LANGUAGE=en");
    }

    @Test
    void answersConditionalRequestsWithNotModified() {
        Http.Response first = wms(CAPABILITIES);
        Http.Response again = http().get("/wms?" + CAPABILITIES, Map.of("If-None-Match", first.etag()));

        assertThat(first.etag()).isNotNull();
        assertThat(again.status()).isEqualTo(304);
    }

    private Document capabilities(String query) {
        Http.Response response = wms(query);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return parse(response.body());
    }

    private static final XPath XPATH = xpath();

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "w" -> GetCapabilities.NAMESPACE;
                    case "xlink" -> XmlWriter.XLINK;
                    default -> null;
                };
            }

            @Override
            public String getPrefix(String namespace) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Iterator<String> getPrefixes(String namespace) {
                throw new UnsupportedOperationException();
            }
        });
        return xpath;
    }

    private static Object evaluate(Object context, String expression, QName type) {
        try {
            return XPATH.evaluate(expression, context, type);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    private static Node node(Object context, String expression) {
        return (Node) evaluate(context, expression, XPathConstants.NODE);
    }

    private static String text(Object context, String expression) {
        Node node = node(context, expression);
        assertThat(node).as(expression).isNotNull();
        return node.getTextContent();
    }

    private static double number(Object context, String expression) {
        return Double.parseDouble(text(context, expression));
    }

    private static List<String> texts(Object context, String expression) {
        NodeList nodes = (NodeList) evaluate(context, expression, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
