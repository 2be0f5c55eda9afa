package io.openipam.adapters.exoscale.http;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import io.openipam.adapters.exoscale.fault.CoreErrors;
import io.openipam.adapters.exoscale.fault.ErrorBody;
import io.openipam.adapters.exoscale.fault.ExoscaleError;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes every response under {@code /v2} as Exoscale's JSON with {@code Content-Type:
 * application/json}: wire bodies as they are, and every error as {@code {"message": ...}},
 * including those the framework answered without reaching a route (no route, wrong verb,
 * oversized body). Only {@code /v2} paths: the other facades keep their own error shapes.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class ExoscaleResponses {

  private final JsonMapper json;

  ExoscaleResponses(JsonMapper json) {
    this.json = json;
  }

  static boolean isExoscale(HttpRequest<?> request) {
    String path = request.getPath();
    return path.equals("/v2") || path.startsWith("/v2/");
  }

  @ResponseFilter
  void render(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (!isExoscale(request)) {
      return;
    }
    Object body = response.body();
    if (response.code() >= 400 && !(body instanceof ErrorBody)) {
      Throwable error = response.getAttribute(HttpAttributes.EXCEPTION, Throwable.class).orElse(null);
      ExoscaleError answer = error instanceof ExoscaleError own ? own : CoreErrors.ofFramework(response.code());
      response.status(answer.status());
      body = answer.body();
    }
    if (body instanceof Wire wire) {
      @SuppressWarnings("unchecked")
      MutableHttpResponse<Object> writable = (MutableHttpResponse<Object>) response;
      writable.body(write(wire)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
  }

  private String write(Wire wire) {
    try {
      return json.writeValueAsString(wire.json());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
