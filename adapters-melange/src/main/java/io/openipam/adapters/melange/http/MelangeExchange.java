package io.openipam.adapters.melange.http;

import io.micronaut.http.HttpRequest;
import io.openipam.adapters.melange.fault.MelangeFault;
import java.util.Optional;

/**
 * What the facade learns about a request before routing and needs again later, kept on the
 * request: that it is a Melange request at all, its format, the URI the client sent (before the
 * suffix was stripped), and a fault to answer instead of routing it.
 */
public final class MelangeExchange {

  private static final String FORMAT = "melange.format";
  private static final String SENT_URI = "melange.sent-uri";
  private static final String REFUSAL = "melange.refusal";

  private MelangeExchange() {}

  static void remember(HttpRequest<?> request, Format format, String sentUri, MelangeFault refusal) {
    request.setAttribute(FORMAT, format);
    request.setAttribute(SENT_URI, sentUri);
    if (refusal != null) {
      request.setAttribute(REFUSAL, refusal);
    }
  }

  /** Present only on requests the facade recognised as its own. */
  public static Optional<Format> format(HttpRequest<?> request) {
    return request.getAttribute(FORMAT, Format.class);
  }

  /** The raw path and query the client sent, e.g. {@code /v0.1/ipam/tenants/t/ip_blocks.xml?limit=2}. */
  public static String sentUri(HttpRequest<?> request) {
    return request.getAttribute(SENT_URI, String.class).orElseGet(() -> request.getUri().toString());
  }

  static Optional<MelangeFault> refusal(HttpRequest<?> request) {
    return request.getAttribute(REFUSAL, MelangeFault.class);
  }
}
