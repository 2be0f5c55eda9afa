package io.openipam.adapters.scaleway.http;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import io.openipam.adapters.scaleway.fault.ScalewayError;
import io.openipam.adapters.scaleway.fault.ScalewayErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Writes every response on this facade's paths: errors as Scaleway bodies (also those the
 * framework answers itself: no route, wrong verb, body too large), and every JSON body with
 * {@code Content-Type: application/json} exactly, without a charset, which the JS SDK requires
 * (spec §2.3). Scoped to {@code /flexible-ip}: other facades' answers stay theirs.
 */
@ServerFilter(Json.PATHS)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class ScalewayResponses {

  static final String REQUEST_ID = "X-Request-Id";

  private final JsonMapper json;

  ScalewayResponses(JsonMapper json) {
    this.json = json;
  }

  @ResponseFilter
  void render(HttpRequest<?> request, MutableHttpResponse<?> response) {
    // As production does (spec §2.3): something to quote when reporting a problem.
    response.getHeaders().set(REQUEST_ID, UUID.randomUUID().toString());
    @SuppressWarnings("unchecked")
    MutableHttpResponse<Object> writable = (MutableHttpResponse<Object>) response;
    Object body = response.body();
    if (body instanceof ScalewayError error) {
      write(writable, error);
    } else if (response.code() >= 400) {
      Throwable cause = response.getAttribute(HttpAttributes.EXCEPTION, Throwable.class).orElse(null);
      write(writable, ScalewayErrors.of(cause, response.code(), request.getMethodName(), request.getPath()));
    } else if (body instanceof Json document) {
      writable.body(text(document.value())).contentType(Json.MEDIA_TYPE);
    }
  }

  private void write(MutableHttpResponse<Object> response, ScalewayError error) {
    response.status(error.status());
    response.body(text(error.body())).contentType(Json.MEDIA_TYPE);
  }

  private String text(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
