package io.openipam.domain.error;

/** The one rule all identities share: 1 to 255 characters of text. */
public final class Identifiers {

  private Identifiers() {}

  public static void check(String kind, String value) {
    if (value == null || value.isBlank() || value.length() > 255) {
      throw Invalid.malformed(kind, kind + " id must be 1 to 255 characters");
    }
  }
}
