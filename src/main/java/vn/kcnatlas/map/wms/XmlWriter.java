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
            xml.writeAttribute(name, value);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An xlink:href with its xlink:type="simple", as OnlineResource elements carry. */
    XmlWriter link(String href) {
        try {
            xml.writeAttribute("xlink", XLINK, "type", "simple");
            xml.writeAttribute("xlink", XLINK, "href", href);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlWriter text(String text) {
        try {
            xml.writeCharacters(text);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
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
