package io.openipam.domain.pool;

/**
 * Which edge addresses of a single-address pool are never handed out. Melange hands out the
 * network address but not the last one; most clouds keep both back.
 */
public record ReservedAddresses(boolean networkAddress, boolean lastAddress) {

  public static final ReservedAddresses NETWORK_AND_LAST = new ReservedAddresses(true, true);
  public static final ReservedAddresses LAST_ONLY = new ReservedAddresses(false, true);
  public static final ReservedAddresses NONE = new ReservedAddresses(false, false);
}
