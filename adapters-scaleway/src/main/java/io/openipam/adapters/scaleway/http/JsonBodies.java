package io.openipam.adapters.scaleway.http;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.json.JsonMapper;
import io.openipam.adapters.scaleway.fault.ScalewayError;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON object a POST or PATCH carries (spec §2.2): {@code application/json} with or
 * without a charset, or no Content-Type at all; another media type is 415; a body that is no
 * UTF-8 JSON object is 400. Routes read the body here, not through {@code @Body}, so that every
 * malformed body gets Scaleway's error and GET/DELETE bodies are never looked at.
 */
@Singleton
public class JsonBodies {

  private final JsonMapper json;

  public JsonBodies(JsonMapper json) {
    this.json = json;
  }

  public Fields read(HttpRequest<?> request) {
    String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
    byte[] bytes = bytes(request);
    String text = decode(bytes);
    if (text.isBlank()) {
      return new Fields(Map.of());
    }
    if (contentType != null
        && !contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals(Json.MEDIA_TYPE)) {
      throw ScalewayError.plain(415, "unsupported_media_type", "send JSON: Content-Type application/json");
    }
    Object document;
    try {
      document = json.readValue(text, Argument.of(Object.class));
    } catch (IOException | RuntimeException unreadable) {
      throw malformed();
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw malformed();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) map;
    return new Fields(fields);
  }

  private static ScalewayError malformed() {
    return ScalewayError.invalid("body", "format", "the body must be one JSON object");
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (IOException notUtf8) {
      throw malformed();
    }
  }

  /** The body as sent; the server enforces {@code micronaut.server.max-request-size} on the stream (413). */
  private static byte[] bytes(HttpRequest<?> request) {
    if (!(request instanceof ServerHttpRequest<?> server)) {
      return new byte[0];
    }
    try (InputStream in = server.byteBody().split().toInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      if (e.getCause() instanceof ContentLengthExceededException) {
        throw ScalewayError.plain(413, "request_too_large", "the request body is too large");
      }
      throw malformed();
    }
  }
}
