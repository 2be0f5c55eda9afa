package io.openipam.adapters.melange.fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Melange's validation error: every broken rule of a request in one 400 whose detail is
 * {@code The following values are invalid: {'cidr': ['cidr is invalid'], ...}}, the repr of a
 * Python dict of lists. Clients match on the messages, so the text keeps Python's quoting.
 */
public final class InvalidValues {

  private final Map<String, List<String>> messages = new LinkedHashMap<>();

  public InvalidValues add(String field, String message) {
    messages.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    return this;
  }

  /** Whether a broken rule of {@code field} is noted already. */
  public boolean hasAny(String field) {
    return messages.containsKey(field);
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  /** Throws the 400 naming every broken rule, if there is any. */
  public void throwIfAny() {
    if (!messages.isEmpty()) {
      throw fault();
    }
  }

  public MelangeFault fault() {
    return new MelangeFault(400, "The following values are invalid: " + pythonRepr());
  }

  public static MelangeFault of(String field, String message) {
    return new InvalidValues().add(field, message).fault();
  }

  private String pythonRepr() {
    StringBuilder repr = new StringBuilder("{");
    messages.forEach((field, list) -> {
      if (repr.length() > 1) {
        repr.append(", ");
      }
      repr.append(quote(field)).append(": [");
      for (int i = 0; i < list.size(); i++) {
        repr.append(i > 0 ? ", " : "").append(quote(list.get(i)));
      }
      repr.append(']');
    });
    return repr.append('}').toString();
  }

  /** Python's str repr: single quotes, unless the text holds a single quote and no double quote. */
  public static String quote(String text) {
    if (text.contains("'") && !text.contains("\"")) {
      return '"' + text.replace("\\", "\\\\") + '"';
    }
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
