package vn.kcnatlas.map.wms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The official WMS 1.3.0 schemas, shipped under {@code src/test/resources/schemas}, for validating this
 * server's documents with no network: every import resolves to the shipped copies, and anything else
 * fails the test instead of being fetched.
 */
final class WmsSchemas {

    private static final URL ROOT = WmsSchemas.class.getResource("/schemas/");
    static final Schema CAPABILITIES = load("wms/1.3.0/capabilities_1_3_0.xsd");
    static final Schema EXCEPTIONS = load("wms/1.3.0/exceptions_1_3_0.xsd");

    private WmsSchemas() {
    }

    /** @throws AssertionError naming the first violation */
    static void validate(Schema schema, byte[] document) {
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXException e) {
            throw new AssertionError("invalid against the schema: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load(String path) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance()
                    .getDOMImplementation("LS");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                String resolved = URI.create(baseUri).resolve(systemId).toString();
                if (!resolved.startsWith(ROOT.toString())) {
                    throw new IllegalStateException("a schema asked for " + resolved + ", which is not shipped");
                }
                LSInput input = ls.createLSInput();
                input.setSystemId(resolved);
                input.setByteStream(open(resolved));
                return input;
            });
            URL url = URI.create(ROOT + path).toURL();
            return factory.newSchema(new StreamSource(open(url.toString()), url.toString()));
        } catch (SAXException | IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the schema " + path, e);
        }
    }

    private static InputStream open(String url) {
        try {
            return URI.create(url).toURL().openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
