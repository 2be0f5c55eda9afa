package io.openipam.adapters.melange.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Document} as Melange's JSON: Python's {@code json.dumps} layout ({@code ", "} and
 * {@code ": "} separators, non-ASCII escaped), timestamps without fraction or zone.
 */
public final class JsonText {

  private JsonText() {}

  public static String write(Document document) {
    StringBuilder out = new StringBuilder(256);
    out.append('{');
    string(out, document.root());
    out.append(": ");
    value(out, WireTree.of(document.content()));
    if (document.nextPage() != null) {
      out.append(", ");
      string(out, document.root() + "_links");
      out.append(": [{\"rel\": \"next\", \"href\": ");
      string(out, document.nextPage());
      out.append("}]");
    }
    return out.append('}').toString();
  }

  private static void value(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("null");
      case String text -> string(out, text);
      case Boolean flag -> out.append(flag);
      case Number number -> out.append(number);
      case Instant instant -> string(out, MelangeTime.json(instant));
      case Map<?, ?> map -> {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          if (!first) {
            out.append(", ");
          }
          first = false;
          string(out, (String) entry.getKey());
          out.append(": ");
          value(out, entry.getValue());
        }
        out.append('}');
      }
      case List<?> list -> {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(", ");
          }
          value(out, list.get(i));
        }
        out.append(']');
      }
      default -> throw new IllegalArgumentException("not a wire value: " + value.getClass().getName());
    }
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
