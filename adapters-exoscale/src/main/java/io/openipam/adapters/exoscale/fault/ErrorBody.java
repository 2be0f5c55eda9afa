package io.openipam.adapters.exoscale.fault;

import io.openipam.adapters.exoscale.http.Wire;
import java.util.Map;

/** Exoscale's error body: {@code {"message": "..."}}, the one field every client reads. */
public record ErrorBody(String message) implements Wire {

  @Override
  public Map<String, Object> json() {
    return Map.of("message", message);
  }
}
