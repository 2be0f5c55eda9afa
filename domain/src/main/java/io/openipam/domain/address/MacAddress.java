package io.openipam.domain.address;

import io.openipam.domain.error.Invalid;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A 48-bit MAC address; written lowercase with colons, read in the notations clients send. */
public record MacAddress(long value) {

  private static final long MAX = (1L << 48) - 1;
  private static final Pattern GROUPED = Pattern.compile(
      "(?i)[0-9a-f]{1,2}([:-])[0-9a-f]{1,2}(\\1[0-9a-f]{1,2}){4}");
  private static final Pattern CISCO = Pattern.compile("(?i)[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}");
  private static final Pattern BARE = Pattern.compile("(?i)[0-9a-f]{12}");

  public MacAddress {
    if (value < 0 || value > MAX) {
      throw Invalid.malformed("mac_address", "MAC address out of range: " + value);
    }
  }

  /** Accepts {@code 00:ff:12:89:67:34}, {@code 0:ff:12:89:67:34}, {@code 00-ff-...}, {@code 00ff.1289.6734}, {@code 00ff12896734}. */
  public static MacAddress parse(String text) {
    if (text == null || text.length() > 32) {
      throw Invalid.malformed("mac_address", "not a MAC address: " + text);
    }
    String t = text.strip();
    String hex;
    if (GROUPED.matcher(t).matches()) {
      StringBuilder digits = new StringBuilder(12);
      for (String group : t.split("[:-]")) {
        digits.append(group.length() == 1 ? "0" + group : group);
      }
      hex = digits.toString();
    } else if (CISCO.matcher(t).matches()) {
      hex = t.replace(".", "");
    } else if (BARE.matcher(t).matches()) {
      hex = t;
    } else {
      throw Invalid.malformed("mac_address", "not a MAC address: '" + text + "'");
    }
    return new MacAddress(Long.parseLong(hex, 16));
  }

  public MacAddress plus(long offset) {
    return new MacAddress(value + offset);
  }

  @Override
  public String toString() {
    String hex = HexFormat.of().toHexDigits(value).substring(4);
    StringBuilder text = new StringBuilder(17);
    for (int i = 0; i < 12; i += 2) {
      if (i > 0) {
        text.append(':');
      }
      text.append(hex, i, i + 2);
    }
    return text.toString();
  }
}
