package io.openipam.domain.error;

/** The caller is known but may not act for the tenant it names. */
public final class Forbidden extends IpamException {

  public Forbidden(String message) {
    super(message);
  }
}
