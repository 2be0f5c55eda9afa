package io.openipam.adapters.exoscale.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Talks like Exoscale's Java SDK (real-clients.md §2), from the spec's description of it:
 * {@code java.net.http} with its h2c upgrade headers, {@code Accept: application/json},
 * {@code Content-Type} only with a body, a signature over {@code "/v2" + path} with
 * {@code expires} = the current second and no signed query arguments, any non-2xx thrown as
 * {@link ApiException}, and {@code Client.wait}: poll the operation while it is pending.
 */
public final class SdkLikeClient {

  /** Non-2xx, with the body, as the SDK's exception carries it. */
  public static final class ApiException extends RuntimeException {

    private final int code;

    ApiException(int code, String body) {
      super(code + " " + body);
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUri;
  private final String key;
  private final String secret;
  private final JsonMapper json;
  private final Duration pollInterval;
  private int polls;

  /** {@code baseUri}: e.g. {@code http://127.0.0.1:8080/v2}, as {@code ApiClient.updateBaseUri} takes it. */
  public SdkLikeClient(String baseUri, String key, String secret, JsonMapper json, Duration pollInterval) {
    this.baseUri = baseUri;
    this.key = key;
    this.secret = secret;
    this.json = json;
    this.pollInterval = pollInterval;
  }

  public Map<String, Object> createElasticIp(String body) {
    return call("POST", "/elastic-ip", body);
  }

  public Map<String, Object> getElasticIp(String id) {
    return call("GET", "/elastic-ip/" + id, null);
  }

  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> listElasticIps() {
    return (List<Map<String, Object>>) call("GET", "/elastic-ip", null).get("elastic-ips");
  }

  public Map<String, Object> updateElasticIp(String id, String body) {
    return call("PUT", "/elastic-ip/" + id, body);
  }

  public Map<String, Object> attachInstanceToElasticIp(String id, String instance) {
    return call("PUT", "/elastic-ip/" + id + ":attach", "{\"instance\":{\"id\":\"" + instance + "\"}}");
  }

  public Map<String, Object> detachInstanceFromElasticIp(String id, String instance) {
    return call("PUT", "/elastic-ip/" + id + ":detach", "{\"instance\":{\"id\":\"" + instance + "\"}}");
  }

  public Map<String, Object> resetElasticIpField(String id, String field) {
    return call("DELETE", "/elastic-ip/" + id + "/" + field, null);
  }

  public Map<String, Object> deleteElasticIp(String id) {
    return call("DELETE", "/elastic-ip/" + id, null);
  }

  public Map<String, Object> getOperation(String id) {
    return call("GET", "/operation/" + id, null);
  }

  /** {@code Client.wait}: polls while the state is pending and returns the final operation. */
  public Map<String, Object> waitFor(Map<String, Object> operation) {
    Map<String, Object> current = operation;
    while ("pending".equals(current.get("state"))) {
      sleep();
      polls++;
      current = getOperation((String) current.get("id"));
    }
    return current;
  }

  /** How many times {@link #waitFor} has polled. */
  public int polls() {
    return polls;
  }

  private Map<String, Object> call(String method, String path, String body) {
    long expires = Instant.now().getEpochSecond();
    String authorization = Signer.authorization(key, secret, method, "/v2" + path, body == null ? "" : body,
        List.of(), "", expires);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + path))
        .header("Accept", "application/json")
        .header("Authorization", authorization)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new ApiException(response.statusCode(), response.body());
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> answer = (Map<String, Object>) json.readValue(response.body(), Argument.of(Object.class));
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void sleep() {
    try {
      Thread.sleep(pollInterval);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
