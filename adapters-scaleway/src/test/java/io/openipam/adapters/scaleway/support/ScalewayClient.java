package io.openipam.adapters.scaleway.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** HTTP as the Scaleway SDKs speak it: a secret key in {@code X-Auth-Token}, JSON bodies. */
public final class ScalewayClient {

  public static final String ZONE = "/flexible-ip/v1alpha1/zones/fr-par-1";
  public static final String FIPS = ZONE + "/fips";

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URL server;
  private final JsonMapper json;

  public ScalewayClient(URL server, JsonMapper json) {
    this.server = server;
    this.json = json;
  }

  /** What came back: status, Content-Type, raw body, and the body parsed when it is JSON. */
  public record Reply(int status, String contentType, String text, Object body, String requestId) {

    @SuppressWarnings("unchecked")
    public Map<String, Object> object() {
      return (Map<String, Object>) body;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> fips() {
      return (List<Map<String, Object>>) object().get("flexible_ips");
    }

    public Object get(String field) {
      return object().get(field);
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + text;
    }
  }

  public Reply send(String method, String path, String key, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.toString() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Accept", "application/json");
    if (key != null) {
      request.header("x-auth-token", key);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse(null);
      Object parsed = response.body().isEmpty() ? null : json.readValue(response.body(), Argument.of(Object.class));
      return new Reply(response.statusCode(), type, response.body(), parsed,
          response.headers().firstValue("X-Request-Id").orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply get(String path, String key) {
    return send("GET", path, key, null, null);
  }

  public Reply post(String path, String key, String body) {
    return send("POST", path, key, body, "application/json; charset=utf-8");
  }

  public Reply patch(String path, String key, String body) {
    return send("PATCH", path, key, body, "application/json");
  }

  public Reply delete(String path, String key) {
    return send("DELETE", path, key, null, null);
  }

  /** Creates an IPv4 (or IPv6) FIP; fails the test unless 200. */
  public Map<String, Object> create(String key, String project, boolean ipv6, String extraFields) {
    Reply reply = post(FIPS, key, "{\"project_id\":\"" + project + "\",\"description\":\"\",\"is_ipv6\":" + ipv6
        + (extraFields.isEmpty() ? "" : "," + extraFields) + "}");
    assertEquals(200, reply.status(), reply.toString());
    return reply.object();
  }

  /** Polls the FIP as the JS waiter does until its status leaves updating/detaching (at most 20 s). */
  public Map<String, Object> waitFor(String key, String id) {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (true) {
      Reply reply = get(FIPS + "/" + id, key);
      Object status = reply.status() == 200 ? reply.get("status") : null;
      if (reply.status() != 200 || !"updating".equals(status) && !"detaching".equals(status)) {
        return reply.object();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("FIP " + id + " still " + status);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
