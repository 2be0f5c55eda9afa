package io.openipam.adapters.melange.wire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a {@link Document} as Melange's XML, the output of its generic dict walker and Python's
 * minidom: no declaration and no namespace, 4-space indentation, a scalar on one line, attributes
 * sorted by name, a trailing newline. A list's items are named after the list minus a trailing
 * {@code s} ({@code ip_blocks} → {@code ip_block}, but also {@code ip_addresses} →
 * {@code ip_addresse}), or {@code item} if the name has none. Null is the text {@code None},
 * booleans {@code True}/{@code False}, as Python's {@code str()} printed them.
 */
public final class XmlText {

  private static final String INDENT = "    ";

  private XmlText() {}

  public static String write(Document document) {
    StringBuilder out = new StringBuilder(512);
    element(out, "", document.root(), WireTree.of(document.content()), document.xmlAttributes(), document.nextPage());
    return out.toString();
  }

  /** A child element to write: a name and its value (null prints as {@code None}). */
  private record Child(String name, Object value) {}

  private static void element(StringBuilder out, String indent, String name, Object value,
      Map<String, Set<String>> attributeKeys, String nextPage) {
    Map<String, Object> attributes = new TreeMap<>();
    List<Child> children = new ArrayList<>();
    if (value instanceof List<?> list) {
      String item = name.endsWith("s") ? name.substring(0, name.length() - 1) : "item";
      list.forEach(each -> children.add(new Child(item, each)));
    } else if (value instanceof Map<?, ?> map) {
      Set<String> asAttributes = attributeKeys.getOrDefault(name, Set.of());
      map.forEach((key, each) -> {
        if (asAttributes.contains(key)) {
          attributes.put((String) key, each);
        } else {
          children.add(new Child((String) key, each));
        }
      });
    }
    out.append(indent).append('<').append(name);
    attributes.forEach((key, each) -> out.append(' ').append(key).append("=\"").append(escape(text(each))).append('"'));
    if (!(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
      out.append('>').append(escape(text(value))).append("</").append(name).append(">\n");
      return;
    }
    if (children.isEmpty() && nextPage == null) {
      out.append("/>\n");
      return;
    }
    out.append(">\n");
    String inner = indent + INDENT;
    for (Child child : children) {
      element(out, inner, child.name(), child.value(), attributeKeys, null);
    }
    if (nextPage != null) {
      // Melange appends the pagination link as the collection's last child, all attributes.
      out.append(inner).append("<link href=\"").append(escape(nextPage)).append("\" rel=\"next\"/>\n");
    }
    out.append(indent).append("</").append(name).append(">\n");
  }

  private static String text(Object value) {
    return switch (value) {
      case null -> "None";
      case Boolean flag -> flag ? "True" : "False";
      case Instant instant -> MelangeTime.xml(instant);
      default -> String.valueOf(value);
    };
  }

  /**
   * minidom escapes these four in text and attribute values alike. A character XML 1.0 cannot
   * carry at all (a control character, an unpaired surrogate, U+FFFE/U+FFFF), which minidom wrote
   * as it was, making the document unreadable, is written as U+FFFD: a detail that quotes a
   * client's input stays well-formed.
   */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '"' -> out.append("&quot;");
        case '>' -> out.append("&gt;");
        default -> {
          if (allowedInXml(c)) {
            out.appendCodePoint(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  /** XML 1.0's Char production; an unpaired surrogate arrives here as a lone code point and fails it. */
  private static boolean allowedInXml(int c) {
    return c == 0x9 || c == 0xA || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
