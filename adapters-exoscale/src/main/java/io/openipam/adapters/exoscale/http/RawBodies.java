package io.openipam.adapters.exoscale.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.openipam.adapters.exoscale.fault.ExoscaleError;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body exactly as the client sent it: the signature covers these bytes, and a re-serialised
 * body would not match (spec §5.2). Read once per request, before anything else parses it.
 */
public final class RawBodies {

  private static final String ATTRIBUTE = "exoscale.raw-body";
  private static final byte[] NONE = new byte[0];

  private RawBodies() {}

  /** Waits for the body, which is fine on the virtual threads routes run on; 413 beyond the server's limit. */
  public static byte[] of(HttpRequest<?> request) {
    return request.getAttribute(ATTRIBUTE, byte[].class).orElseGet(() -> {
      byte[] bytes = read(request);
      request.setAttribute(ATTRIBUTE, bytes);
      return bytes;
    });
  }

  private static byte[] read(HttpRequest<?> request) {
    if (!(request instanceof ServerHttpRequest<?> server)) {
      return NONE;
    }
    try (InputStream in = server.byteBody().split().toInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      if (e.getCause() instanceof ContentLengthExceededException) {
        throw new ExoscaleError(413, "Request body too large");
      }
      throw ExoscaleError.badRequest("The request body could not be read");
    }
  }
}
