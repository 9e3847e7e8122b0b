package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.locationtech.jts.geom.Envelope;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;

/**
 * The WMS over real HTTP on the embedded store seeded with the project's geodata. The read-only test
 * classes extend this one and so share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WmsServerTest {

    /** A point inside Tân Kiều (kcn-tan-kieu), clear of its label. */
    static final double TAN_KIEU_LON = 105.816;
    static final double TAN_KIEU_LAT = 10.511;
    /** A box around Tân Kiều, longitude/latitude, with nothing else in it. */
    static final Envelope AROUND_TAN_KIEU = new Envelope(105.78, 105.85, 10.48, 10.55);
    static final int SIZE = 600;
    static final String OPERATOR_PERSON = "Người Thử Nghiệm";
    static final String OPERATOR_ORGANISATION = "Tổ chức thử nghiệm KCN Atlas";
    static final String OPERATOR_EMAIL = "wms-test@kcnatlas.invalid";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
        // An operator as a deployment would configure it (kcn.operator), for the capabilities' ContactInformation.
        registry.add("kcn.operator.person", () -> OPERATOR_PERSON);
        registry.add("kcn.operator.organisation", () -> OPERATOR_ORGANISATION);
        registry.add("kcn.operator.email", () -> OPERATOR_EMAIL);
        registry.add("kcn.operator.phone", () -> "+84 28 0000 0000");
        registry.add("kcn.operator.address.street", () -> "1 Đường Thử");
        registry.add("kcn.operator.address.city", () -> "Thành phố Hồ Chí Minh");
        registry.add("kcn.operator.address.country", () -> "Việt Nam");
    }

    @LocalServerPort
    int port;

    Http http() {
        return new Http(port);
    }

    Http.Response wms(String query) {
        return http().get("/wms?" + query);
    }

    /** A GetMap of a longitude/latitude box in EPSG:4326, whose BBOX lists latitudes first. */
    static String getMap(String layers, Envelope lonLat, int width, int height) {
        return "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=" + layers + "&STYLES=&CRS=EPSG:4326&BBOX="
                + latLon(lonLat) + "&WIDTH=" + width + "&HEIGHT=" + height + "&FORMAT=image/png";
    }

    static String latLon(Envelope lonLat) {
        return lonLat.getMinY() + "," + lonLat.getMinX() + "," + lonLat.getMaxY() + "," + lonLat.getMaxX();
    }

    static String lonLat(Envelope lonLat) {
        return lonLat.getMinX() + "," + lonLat.getMinY() + "," + lonLat.getMaxX() + "," + lonLat.getMaxY();
    }

    /** Where a longitude/latitude falls in an image of a longitude/latitude box: {x, y}. */
    static int[] pixel(Envelope box, int width, int height, double lon, double lat) {
        return new int[] {(int) ((lon - box.getMinX()) / box.getWidth() * width),
                (int) ((box.getMaxY() - lat) / box.getHeight() * height)};
    }

    static BufferedImage image(Http.Response response, String mediaType) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(mediaType);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
            assertThat(image).as("a decodable " + mediaType).isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage png(Http.Response response) {
        return image(response, "image/png");
    }

    /** An exception report, checked against the schema. */
    record ServiceError(int status, String code, String locator, String message) {
    }

    static ServiceError error(Http.Response response) {
        assertThat(response.contentType()).as(response.text()).isEqualTo("text/xml;charset=UTF-8");
        WmsSchemas.validate(WmsSchemas.EXCEPTIONS, response.body());
        Document report = parse(response.body());
        Element root = report.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ServiceExceptionReport.NAMESPACE);
        assertThat(root.getAttribute("version")).isEqualTo("1.3.0");
        Element exception = (Element) root.getElementsByTagNameNS(ServiceExceptionReport.NAMESPACE,
                "ServiceException").item(0);
        return new ServiceError(response.status(), exception.getAttribute("code"),
                exception.hasAttribute("locator") ? exception.getAttribute("locator") : null,
                exception.getTextContent());
    }

    /** Asserts that a request is refused with HTTP 400 and the given OGC code and locator. */
    ServiceError assertRefused(String query, String code, String locator) {
        ServiceError error = error(wms(query));
        assertThat(error.status()).as(query).isEqualTo(400);
        assertThat(error.code()).as(query + ": " + error.message()).isEqualTo(code);
        assertThat(error.locator()).as(query).isEqualTo(locator);
        assertThat(error.message()).as(query).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        return error;
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** A colour painted at an opacity over white, as the renderer fills areas. */
    static int blend(Color color, double opacity) {
        int alpha = (int) Math.round(255 * opacity);
        int r = (color.getRed() * alpha + 255 * (255 - alpha) + 127) / 255;
        int g = (color.getGreen() * alpha + 255 * (255 - alpha) + 127) / 255;
        int b = (color.getBlue() * alpha + 255 * (255 - alpha) + 127) / 255;
        return (r << 16) | (g << 8) | b;
    }

    /** The distance between two colours in RGB space. */
    static double distance(int rgb, int other) {
        Color a = new Color(rgb);
        Color b = new Color(other);
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }

    static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }
}
