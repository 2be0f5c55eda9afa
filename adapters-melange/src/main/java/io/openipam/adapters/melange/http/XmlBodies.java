package io.openipam.adapters.melange.http;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads an XML request body the way Melange's deserializer did: the root element's name is the
 * wrapper key; an element holding only text is a string; any other element is an object of its
 * attributes and child elements (repeated children overwrite each other, so lists cannot be
 * said in XML). DTDs and external entities are refused.
 */
final class XmlBodies {

  private XmlBodies() {}

  /** Throws {@link IllegalArgumentException} for anything that is not well-formed XML. */
  static Map<String, Object> read(String body) {
    Element root;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      root = builder.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    } catch (Exception e) {
      throw new IllegalArgumentException("malformed XML", e);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put(root.getNodeName(), value(root));
    return document;
  }

  private static Object value(Element element) {
    NodeList children = element.getChildNodes();
    if (children.getLength() == 1 && children.item(0).getNodeType() == Node.TEXT_NODE) {
      return children.item(0).getNodeValue();
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      fields.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
    }
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        fields.put(child.getNodeName(), value(child));
      }
    }
    return fields;
  }
}
