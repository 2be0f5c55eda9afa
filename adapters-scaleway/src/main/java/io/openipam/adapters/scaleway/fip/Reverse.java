package io.openipam.adapters.scaleway.fip;

import io.openipam.adapters.scaleway.fault.ScalewayError;
import java.util.regex.Pattern;

/** A custom reverse name: DNS syntax only, an optional trailing dot (spec §9 [I]); {@code ""} means the default. */
final class Reverse {

  static final int MAX_LENGTH = 254;

  private static final Pattern NAME = Pattern.compile(
      "(?i)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.)*[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.?");

  private Reverse() {}

  static String check(String reverse) {
    if (reverse != null && !reverse.isEmpty() && !NAME.matcher(reverse).matches()) {
      throw ScalewayError.invalid("reverse", "format", "reverse must be a DNS name, not '" + reverse + "'");
    }
    return reverse;
  }
}
