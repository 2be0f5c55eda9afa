package io.openipam.adapters.exoscale.http;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.openipam.adapters.exoscale.fault.ExoscaleError;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request body, already taken as raw bytes for the signature, as one JSON object. The
 * routes that take a body require it (spec §1.3); a body that is no JSON object is a 400, one
 * sent as another media type a 415.
 */
@Singleton
public class JsonBodies {

  private final JsonMapper json;

  public JsonBodies(JsonMapper json) {
    this.json = json;
  }

  public Fields object(HttpRequest<?> request, byte[] body) {
    String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
    if (contentType != null && body.length > 0
        && !contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).endsWith("json")) {
      throw new ExoscaleError(415, "Unsupported content type " + contentType + ": send application/json");
    }
    if (new String(body, StandardCharsets.UTF_8).isBlank()) {
      throw ExoscaleError.badRequest("Invalid request: a JSON body is required");
    }
    Object document;
    try {
      document = json.readValue(body, Argument.of(Object.class));
    } catch (IOException | RuntimeException unreadable) {
      throw ExoscaleError.badRequest("Invalid request: the body is not valid JSON");
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw ExoscaleError.badRequest("Invalid request: the body must be a JSON object");
    }
    return new Fields(Fields.cast(map), "");
  }
}
