package io.openipam.adapters.melange.http;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.openipam.adapters.melange.fault.FaultBody;
import io.openipam.adapters.melange.fault.Faults;
import io.openipam.adapters.melange.fault.MelangeFault;
import io.openipam.adapters.melange.wire.Document;

/**
 * Writes every Melange response in the request's format: documents as JSON or XML, empty
 * successes as {@code application/json} with no body, and every error as a Melange Fault. Errors
 * that never reached a Melange route (no route, wrong verb, unsupported or oversized body) come
 * through here too, so a client never sees another error shape. Runs outermost, so it also
 * renders the refusals {@link MelangeRequests} answers before routing.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class MelangeResponses {

  @ResponseFilter
  void render(HttpRequest<?> request, MutableHttpResponse<?> response) {
    Format format = MelangeExchange.format(request).orElse(null);
    if (format == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    MutableHttpResponse<Object> writable = (MutableHttpResponse<Object>) response;
    Object body = response.body();
    if (body instanceof Document document) {
      writable.body(format.render(document)).contentType(format.mediaType());
    } else if (body instanceof MelangeFault fault) {
      writeFault(writable, format, fault);
    } else if (response.code() >= 400) {
      Throwable error = response.getAttribute(HttpAttributes.EXCEPTION, Throwable.class).orElse(null);
      writeFault(writable, format, Faults.of(error, response.code()));
    } else if (body == null) {
      // DELETE and other actions: 200, empty body, and still a JSON content type (spec §2.5).
      writable.contentType(Format.JSON.mediaType());
    }
  }

  private static void writeFault(MutableHttpResponse<Object> response, Format format, MelangeFault fault) {
    response.status(fault.status());
    response.getHeaders().remove(HttpHeaders.ALLOW);
    response.body(format.render(FaultBody.document(fault))).contentType(format.faultMediaType());
  }
}
