package io.openipam.adapters.melange.http;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.json.JsonMapper;
import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.fault.MelangeFault;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request body as Melange did (spec §2.2): only a non-empty body with a Content-Type is
 * read; {@code application/json} and {@code application/xml} are understood, anything else is
 * 415; a body that does not parse, is no UTF-8, or is no single object is 400. A body sent
 * without Content-Type is ignored. The result is the object under the route's wrapper key, or no
 * fields at all.
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

  /**
   * The fields under the first of {@code wrappers} present in the body. A wrapper that holds
   * something else than an object (a list, a string, a number) is a 400 naming it; null reads as
   * absent, as everywhere in a body.
   */
  public Params wrapped(HttpRequest<?> request, String... wrappers) {
    Map<String, Object> document = document(request);
    for (String wrapper : wrappers) {
      Object fields = document.get(wrapper);
      if (fields instanceof Map<?, ?> map) {
        return new Params(cast(map));
      }
      if (fields != null) {
        throw InvalidValues.of(wrapper, wrapper + " should be an object");
      }
    }
    return Params.NONE;
  }

  /** The whole body, for the few routes whose fields are not under one wrapper (NAT's {@code ip_addresses} list). */
  public Map<String, Object> document(HttpRequest<?> request) {
    String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
    return contentType == null ? Map.of() : read(contentType, bytes(request));
  }

  /**
   * The document a body holds: one JSON object (nothing but whitespace after it), or one XML
   * element, in UTF-8. A body that is valid JSON but no object ({@code []}, {@code "str"},
   * {@code null}, a number) is as malformed as one that does not parse: Melange failed on it.
   */
  private Map<String, Object> read(String contentType, byte[] bytes) {
    if (bytes == null || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      return Map.of();
    }
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals(JSON) && !mediaType.equals(XML)) {
      throw new MelangeFault(415, "Unsupported Content-Type");
    }
    Object document;
    try {
      String body = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      if (mediaType.equals(JSON)) {
        document = json.readValue(body, Argument.of(Object.class));
        if (!endsWithItsFirstValue(body)) {
          throw new IllegalArgumentException("more than one JSON value");
        }
      } else {
        document = XmlBodies.read(body);
      }
    } catch (IOException | RuntimeException unreadable) {
      throw malformed();
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw malformed();
    }
    return cast(map);
  }

  private static MelangeFault malformed() {
    return new MelangeFault(400, "Malformed request body");
  }

  /**
   * Whether a JSON text that parsed ends with its first value, as Python's {@code json.loads}
   * required ("Extra data"); the parser here stops after the first value and ignores the rest.
   */
  static boolean endsWithItsFirstValue(String json) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      switch (c) {
        case '"' -> inString = true;
        case '{', '[' -> depth++;
        case '}', ']' -> {
          if (--depth == 0) {
            return json.substring(i + 1).isBlank();
          }
        }
        default -> {
          // a scalar, a separator or whitespace
        }
      }
    }
    return false;
  }

  /**
   * The body as sent; waits for it to arrive, which is fine on the virtual threads routes run on.
   * The server enforces {@code micronaut.server.max-request-size} on the stream: beyond it, 413.
   */
  private static byte[] bytes(HttpRequest<?> request) {
    HttpRequest<?> sent = request instanceof RoutedRequest<?> routed ? routed.getDelegate() : request;
    if (!(sent instanceof ServerHttpRequest<?> server)) {
      return null;
    }
    try (InputStream in = server.byteBody().split().toInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      if (e.getCause() instanceof ContentLengthExceededException) {
        throw new MelangeFault(413, null);
      }
      throw malformed();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
