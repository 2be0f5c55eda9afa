package io.openipam.domain.pool;

import io.openipam.domain.error.Invalid;

/** The DNS servers a pool advertises to its addresses' holders; free text, either may be absent. */
public record Nameservers(String primary, String secondary) {

  public static final Nameservers NONE = new Nameservers(null, null);

  public Nameservers {
    check("dns1", primary);
    check("dns2", secondary);
  }

  private static void check(String field, String value) {
    if (value != null && value.length() > 255) {
      throw Invalid.malformed(field, field + " is at most 255 characters");
    }
  }
}
