package io.openipam.adapters.melange.support;

/** The tokens {@link TestCore} knows. */
public final class Tokens {

  public static final String OPERATOR = "operator-token";
  static final String TENANT_PREFIX = "tenant:";

  private Tokens() {}

  public static String of(String tenant) {
    return TENANT_PREFIX + tenant;
  }
}
