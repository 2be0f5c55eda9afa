package io.openipam.bootstrap.support;

import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shipped demo credentials (application.yml), each speaking its facade's dialect to a started
 * server: they all stand for tenant {@code demo}, so each sees what the others made.
 */
public final class DemoClients {

  public static final String MELANGE_TOKEN = "demo-token";
  public static final String EXOSCALE_KEY = "EXOdemo0a1b2c3d4e5f60718293a";
  public static final String EXOSCALE_SECRET = "demo-exoscale-secret";
  public static final String SCALEWAY_KEY = "6f0a2a4e-1d7c-4b8e-9a3f-0de3000000ff";
  public static final String SCALEWAY_PROJECT = "6f0a2a4e-1d7c-4b8e-9a3f-0de300000002";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public DemoClients(EmbeddedServer server) {
    this.base = server.getURL().toString();
  }

  /** Signed with EXO2-HMAC-SHA256 as Exoscale's SDKs sign (no signed query arguments). */
  public HttpResponse<String> exoscale(String method, String path, String body) throws Exception {
    long expires = Instant.now().getEpochSecond() + 600;
    String message = method + " " + path + "\n" + (body == null ? "" : body) + "\n\n\n" + expires;
    return send(request(method, path, body).header("Authorization", "EXO2-HMAC-SHA256 credential=" + EXOSCALE_KEY
        + ",expires=" + expires + ",signature=" + hmac(message)));
  }

  public HttpResponse<String> scaleway(String method, String path, String body) throws Exception {
    return send(request(method, path, body).header("X-Auth-Token", SCALEWAY_KEY));
  }

  public HttpResponse<String> melange(String method, String path, String body) throws Exception {
    return send(request(method, path, body).header("X-Auth-Token", MELANGE_TOKEN)
        .header("Accept", "application/json"));
  }

  /** No credentials at all. */
  public HttpResponse<String> anonymous(String method, String path, String body) throws Exception {
    return send(request(method, path, body));
  }

  private HttpRequest.Builder request(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return body == null ? request : request.header("Content-Type", "application/json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String hmac(String message) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(EXOSCALE_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }
}
