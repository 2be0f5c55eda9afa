package io.openipam.adapters.exoscale.http;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.openipam.adapters.exoscale.fault.ExoscaleError;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    String text = utf8(body);
    if (text.isBlank()) {
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
    if (!onlyBlankAfter(text)) {
      throw ExoscaleError.badRequest("Invalid request: the body is not valid JSON (text after the object)");
    }
    if (!wellFormed(map)) {
      throw ExoscaleError.badRequest("Invalid request: the body holds a lone UTF-16 surrogate (\\uD800-\\uDFFF)");
    }
    return new Fields(Fields.cast(map), "");
  }

  /**
   * Whether nothing but blanks follows the object: the parser stops at the end of the first value
   * and would take {@code {...} trailing} or {@code {}{}} for the first object alone. It has read
   * that object already, so counting brackets outside strings finds where it ends.
   */
  private static boolean onlyBlankAfter(String text) {
    int depth = 0;
    boolean inString = false;
    for (int i = text.indexOf('{'); i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return text.substring(i + 1).isBlank();
      }
    }
    return false;
  }

  /**
   * The body as text, strictly: the JSON parser reads some malformed UTF-8 (overlong forms, code
   * points past U+10FFFF) as other text, which would then be stored as what the client never sent.
   */
  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException malformed) {
      throw ExoscaleError.badRequest("Invalid request: the body is not valid UTF-8");
    }
  }

  /**
   * Whether every string, key or value, is well-formed UTF-16: an escaped lone surrogate
   * ({@code "\\ud800"}) parses, but no store keeps it and no JSON writer can answer it back.
   */
  private static boolean wellFormed(Object value) {
    return switch (value) {
      case String text -> wellFormed(text);
      case Map<?, ?> map -> map.entrySet().stream()
          .allMatch(entry -> wellFormed(entry.getKey()) && (entry.getValue() == null || wellFormed(entry.getValue())));
      case List<?> list -> list.stream().allMatch(item -> item == null || wellFormed(item));
      default -> true;
    };
  }

  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
