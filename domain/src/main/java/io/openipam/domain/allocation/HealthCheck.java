package io.openipam.domain.allocation;

import io.openipam.domain.error.Invalid;
import java.util.Locale;

/**
 * How a managed public address checks the health of what it is attached to. Stored for
 * dialects that show it; unset tunables take the defaults that clients expect to read back.
 */
public record HealthCheck(
    Mode mode,
    int port,
    int intervalSeconds,
    int timeoutSeconds,
    int strikesOk,
    int strikesFail,
    String uri,
    String tlsServerName,
    boolean tlsSkipVerify) {

  public enum Mode { TCP, HTTP, HTTPS;

    public static Mode parse(String text) {
      try {
        return valueOf(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw Invalid.malformed("healthcheck.mode", "health check mode must be one of tcp, http, https");
      }
    }
  }

  public static final int DEFAULT_INTERVAL = 10;
  public static final int DEFAULT_TIMEOUT = 2;
  public static final int DEFAULT_STRIKES_OK = 2;
  public static final int DEFAULT_STRIKES_FAIL = 3;

  public HealthCheck {
    if (mode == null) {
      throw Invalid.malformed("healthcheck.mode", "a health check needs a mode");
    }
    within("healthcheck.port", port, 1, 65535);
    within("healthcheck.interval", intervalSeconds, 5, 300);
    within("healthcheck.timeout", timeoutSeconds, 2, 60);
    within("healthcheck.strikes-ok", strikesOk, 1, 20);
    within("healthcheck.strikes-fail", strikesFail, 1, 20);
    length("healthcheck.uri", uri);
    length("healthcheck.tls-sni", tlsServerName);
    if (mode != Mode.TCP && uri == null) {
      throw Invalid.malformed("healthcheck.uri", "an " + mode.name().toLowerCase(Locale.ROOT) + " health check needs a uri");
    }
  }

  /** Builds a check from what a client sent; null tunables take their defaults. */
  public static HealthCheck of(Mode mode, Integer port, Integer interval, Integer timeout,
      Integer strikesOk, Integer strikesFail, String uri, String tlsServerName, Boolean tlsSkipVerify) {
    if (port == null) {
      throw Invalid.malformed("healthcheck.port", "a health check needs a port");
    }
    return new HealthCheck(mode, port,
        interval == null ? DEFAULT_INTERVAL : interval,
        timeout == null ? DEFAULT_TIMEOUT : timeout,
        strikesOk == null ? DEFAULT_STRIKES_OK : strikesOk,
        strikesFail == null ? DEFAULT_STRIKES_FAIL : strikesFail,
        uri, tlsServerName, tlsSkipVerify != null && tlsSkipVerify);
  }

  private static void within(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw Invalid.malformed(field, field + " must be between " + min + " and " + max + ", not " + value);
    }
  }

  private static void length(String field, String value) {
    if (value != null && (value.isEmpty() || value.length() > 255)) {
      throw Invalid.malformed(field, field + " must be 1 to 255 characters");
    }
  }
}
