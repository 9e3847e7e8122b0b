package vn.kcnatlas.map.wms;

import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting XML writer for the WMS documents, over StAX so that every text and attribute is
 * escaped. The root element declares the document's namespaces; elements are in its default namespace.
 */
final class XmlWriter {

    static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    private final XMLStreamWriter xml;
    private int depth;
    private boolean hasChildren;

    /**
     * Starts a document with its root element.
     *
     * @param schemaLocation the namespace and the URL of its schema, for xsi:schemaLocation
     */
    XmlWriter(String root, String namespace, String schemaLocation) {
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(namespace);
            xml.setPrefix("xlink", XLINK);
            xml.setPrefix("xsi", XSI);
            newline();
            xml.writeStartElement(namespace, root);
            xml.writeDefaultNamespace(namespace);
            xml.writeNamespace("xlink", XLINK);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", namespace + " " + schemaLocation);
            depth = 1;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlWriter start(String name) {
        try {
            newline();
            xml.writeStartElement(name);
            depth++;
            hasChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlWriter attribute(String name, String value) {
        try {
            xml.writeAttribute(name, xmlCharacters(value));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An xlink:href with its xlink:type="simple", as OnlineResource elements carry. */
    XmlWriter link(String href) {
        try {
            xml.writeAttribute("xlink", XLINK, "type", "simple");
            xml.writeAttribute("xlink", XLINK, "href", xmlCharacters(href));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlWriter text(String text) {
        try {
            xml.writeCharacters(xmlCharacters(text));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text with every character XML 1.0 cannot hold (control characters but tab and line breaks,
     * unpaired surrogates, U+FFFE, U+FFFF) replaced by U+FFFD: StAX escapes markup but writes these as
     * they are, and an error message that echoes a request's {@code %00} would not parse.
     */
    static String xmlCharacters(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || paired;
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                clean.append(allowed ? c : '\uFFFD');
            }
        }
        return clean == null ? text : clean.toString();
    }

    /** An element holding only text. */
    XmlWriter element(String name, String text) {
        return start(name).text(text).end();
    }

    XmlWriter end() {
        try {
            depth--;
            if (hasChildren) {
                newline();
            }
            xml.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] finish() {
        try {
            while (depth > 0) {
                end();
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
