package io.openipam.application.port.in;

import io.openipam.domain.error.Invalid;

/** Length limits of free-text fields, checked before anything reaches the store. */
final class Text {

  private Text() {}

  static void check(String field, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw Invalid.malformed(field, field + " is at most " + maxLength + " characters");
    }
  }
}
