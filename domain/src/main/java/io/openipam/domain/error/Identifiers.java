package io.openipam.domain.error;

/**
 * The one rule all identities share: 1 to 255 characters of printable text. Control characters
 * and lone surrogates are refused: MySQL's utf8mb4 cannot store the latter, and no client means
 * either. So is a trailing space: MySQL and MariaDB compare text ignoring trailing spaces, so
 * "a " would be the same key as "a" to the database and a different one to the code.
 */
public final class Identifiers {

  private Identifiers() {}

  public static void check(String kind, String value) {
    if (value == null || value.isBlank() || value.length() > 255) {
      throw Invalid.malformed(kind, kind + " id must be 1 to 255 characters");
    }
    if (value.endsWith(" ")) {
      throw Invalid.malformed(kind, kind + " id must not end with a space");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean loneSurrogate = Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(++i)));
      if (Character.isISOControl(c) || loneSurrogate) {
        throw Invalid.malformed(kind, kind + " id must not contain control characters or broken unicode");
      }
    }
  }
}
