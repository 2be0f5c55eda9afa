package io.openipam.adapters.melange.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Speaks HTTP to the facade as a Melange client would: raw requests, raw answers. */
public final class MelangeClient {

  private final String base;
  private final JsonMapper json;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public MelangeClient(URL server, JsonMapper json) {
    String url = server.toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.json = json;
  }

  public String base() {
    return base;
  }

  public Call call(String method, String path) {
    return new Call(method, path);
  }

  public Call get(String path) {
    return call("GET", path);
  }

  public Call post(String path) {
    return call("POST", path);
  }

  public Call put(String path) {
    return call("PUT", path);
  }

  public Call delete(String path) {
    return call("DELETE", path);
  }

  /** One request being put together. */
  public final class Call {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Call token(String token) {
      return header("X-Auth-Token", token);
    }

    public Call accept(String accept) {
      return header("Accept", accept);
    }

    public Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** A JSON body with {@code Content-Type: application/json}. */
    public Call json(String text) {
      return body("application/json", text);
    }

    public Call xml(String text) {
      return body("application/xml", text);
    }

    public Call body(String contentType, String text) {
      if (contentType != null) {
        headers.put("Content-Type", contentType);
      }
      body = text;
      return this;
    }

    public Reply send() {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(request::header);
      try {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers(), response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** What came back. */
  public final class Reply {
    private final int status;
    private final HttpHeaders headers;
    private final String body;

    Reply(int status, HttpHeaders headers, String body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    public int status() {
      return status;
    }

    public String body() {
      return body;
    }

    public String contentType() {
      return headers.firstValue("Content-Type").orElse(null);
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public Map<String, Object> json() {
      try {
        return json.readValue(body, Argument.mapOf(String.class, Object.class));
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    /** The object under {@code key} of a JSON body. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(String key) {
      Object value = json().get(key);
      if (!(value instanceof Map<?, ?>)) {
        throw new AssertionError("no object '" + key + "' in " + status + " " + body);
      }
      return (Map<String, Object>) value;
    }

    /** The list under {@code key} of a JSON body. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String key) {
      Object value = json().get(key);
      if (!(value instanceof List<?>)) {
        throw new AssertionError("no list '" + key + "' in " + status + " " + body);
      }
      return (List<Map<String, Object>>) value;
    }

    /** The Fault's detail, whatever its name. */
    public Object faultDetail() {
      Map<String, Object> fault = json();
      if (fault.size() != 1) {
        throw new AssertionError("not a fault: " + body);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> inner = (Map<String, Object>) fault.values().iterator().next();
      return inner.get("detail");
    }

    @Override
    public String toString() {
      return status + " " + headers.map() + " " + body;
    }
  }
}
