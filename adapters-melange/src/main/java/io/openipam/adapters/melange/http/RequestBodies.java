package io.openipam.adapters.melange.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.json.JsonMapper;
import io.openipam.adapters.melange.fault.MelangeFault;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request body as Melange did (spec §2.2): only a non-empty body with a Content-Type is
 * read; {@code application/json} and {@code application/xml} are understood, anything else is
 * 415; a body that does not parse is 400. A body sent without Content-Type is ignored. The
 * result is the object under the route's wrapper key, or no fields at all.
 *
 * <p>Routes read the body here rather than through {@code @Body}: Micronaut binds the body only
 * on the request as the client sent it, and {@link MelangeRequests} routes some requests on a
 * rewritten path.
 */
@Singleton
public class RequestBodies {

  private static final String JSON = "application/json";
  private static final String XML = "application/xml";

  private final JsonMapper json;

  public RequestBodies(JsonMapper json) {
    this.json = json;
  }

  /** The fields under the first of {@code wrappers} present in the body. */
  public Params wrapped(HttpRequest<?> request, String... wrappers) {
    String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
    Map<String, Object> document = contentType == null ? Map.of() : read(contentType, text(request));
    for (String wrapper : wrappers) {
      if (document.get(wrapper) instanceof Map<?, ?> fields) {
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) fields;
        return new Params(typed);
      }
    }
    return Params.NONE;
  }

  private Map<String, Object> read(String contentType, @Nullable String body) {
    if (body == null || body.isBlank()) {
      return Map.of();
    }
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals(JSON) && !mediaType.equals(XML)) {
      throw new MelangeFault(415, "Unsupported Content-Type");
    }
    Object document;
    try {
      document = mediaType.equals(JSON) ? json.readValue(body, Argument.of(Object.class)) : XmlBodies.read(body);
    } catch (IOException | RuntimeException unreadable) {
      throw new MelangeFault(400, "Malformed request body");
    }
    return document instanceof Map<?, ?> map ? cast(map) : Map.of();
  }

  /**
   * The body as text; waits for it to arrive, which is fine on the virtual threads routes run on.
   * The server enforces {@code micronaut.server.max-request-size} on the stream: beyond it, 413.
   */
  private static String text(HttpRequest<?> request) {
    HttpRequest<?> sent = request instanceof RoutedRequest<?> routed ? routed.getDelegate() : request;
    if (!(sent instanceof ServerHttpRequest<?> server)) {
      return null;
    }
    try (InputStream in = server.byteBody().split().toInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      if (e.getCause() instanceof ContentLengthExceededException) {
        throw new MelangeFault(413, null);
      }
      throw new MelangeFault(400, "Malformed request body");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
