package io.openipam.adapters.scaleway.support;

/**
 * The secret keys and projects of the tests (application.yml, {@link TestCore}): organization A
 * owns projects {@link #A1} (core tenant {@code acme}) and {@link #A2}; organization B owns
 * {@link #B1}.
 */
public final class Keys {

  public static final String ORG_A = "0a0a0a0a-0000-4000-8000-00000000000a";
  public static final String ORG_B = "0b0b0b0b-0000-4000-8000-00000000000b";
  public static final String A1 = "11111111-1111-4111-8111-111111111111";
  public static final String A2 = "22222222-2222-4222-8222-222222222222";
  public static final String B1 = "33333333-3333-4333-8333-333333333333";

  /** Secret keys of organization A and B, and of the operator. */
  public static final String KEY_A = "aaaaaaaa-5ec2-4e7a-9000-00000000000a";
  public static final String KEY_B = "bbbbbbbb-5ec2-4e7a-9000-00000000000b";
  public static final String OPERATOR = "0e0e0e0e-5ec2-4e7a-9000-00000000000e";

  private Keys() {}
}
