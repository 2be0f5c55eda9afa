package io.openipam.adapters.exoscale.support;

/** The API keys {@link TestCore} knows: {@code EXO-<tenant>}, each with a secret of its own. */
public final class Keys {

  static final String PREFIX = "EXO-";

  private Keys() {}

  public static String of(String tenant) {
    return PREFIX + tenant;
  }

  public static String secretOf(String key) {
    return "secret-of-" + key;
  }
}
