package io.openipam.domain.pool;

/** The DNS servers a pool advertises to its addresses' holders; free text, either may be absent. */
public record Nameservers(String primary, String secondary) {

  public static final Nameservers NONE = new Nameservers(null, null);
}
