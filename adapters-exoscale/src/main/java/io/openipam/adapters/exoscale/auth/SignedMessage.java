package io.openipam.adapters.exoscale.auth;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The message an EXO2-HMAC-SHA256 signature covers (spec §5.2): five lines joined by
 * {@code \n}, no trailing newline: {@code <METHOD> <raw path>}, the raw body bytes, the decoded
 * values of the signed query arguments concatenated, an empty line (signed headers), and
 * {@code expires} as sent. Built from the request as received, never re-serialised: the same
 * logical request signed by Go and by Python differs in its body bytes.
 */
public final class SignedMessage {

  private SignedMessage() {}

  public static byte[] of(String method, String rawPath, byte[] body, List<String> signedQueryArgs,
      String rawQuery, String expires) {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    message.writeBytes((method + " " + rawPath + "\n").getBytes(StandardCharsets.UTF_8));
    message.writeBytes(body);
    message.writeBytes(("\n" + queryValues(signedQueryArgs, rawQuery) + "\n\n" + expires)
        .getBytes(StandardCharsets.UTF_8));
    return message.toByteArray();
  }

  /**
   * For each signed name in order, its value when the name occurs exactly once in the query:
   * Go leaves multi-valued names out, Python lists them but skips their values (spec §5.3).
   */
  static String queryValues(List<String> names, String rawQuery) {
    if (names.isEmpty()) {
      return "";
    }
    Map<String, List<String>> query = parse(rawQuery);
    StringBuilder values = new StringBuilder();
    for (String name : names) {
      List<String> found = query.getOrDefault(name, List.of());
      if (found.size() == 1) {
        values.append(found.getFirst());
      }
    }
    return values.toString();
  }

  private static Map<String, List<String>> parse(String rawQuery) {
    Map<String, List<String>> query = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    return query;
  }

  /** Percent-decoding with {@code +} as a space, as Go's url.Values and Python's parse_qs read it. */
  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }
}
