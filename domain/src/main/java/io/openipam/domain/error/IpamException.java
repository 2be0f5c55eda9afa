package io.openipam.domain.error;

/**
 * Every failure the core reports. Adapters map the four kinds (and their reasons) to their
 * dialect's status and error body in one place each, so the core never learns a dialect's words.
 */
public abstract sealed class IpamException extends RuntimeException
    permits NotFound, Conflict, Exhausted, Invalid, Forbidden {

  protected IpamException(String message) {
    super(message, null, false, false);
  }
}
