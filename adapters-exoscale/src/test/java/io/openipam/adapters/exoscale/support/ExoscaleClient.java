package io.openipam.adapters.exoscale.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A raw client of the facade on the JDK's HTTP client (as the Java SDK's), signing like egoscale
 * by default: {@code expires} = now + 600 s, every single-valued query argument signed.
 */
public final class ExoscaleClient {

  private final URL server;
  private final JsonMapper json;
  private final HttpClient http = HttpClient.newHttpClient();

  public ExoscaleClient(URL server, JsonMapper json) {
    this.server = server;
    this.json = json;
  }

  public Call get(String target) {
    return new Call("GET", target);
  }

  public Call post(String target) {
    return new Call("POST", target);
  }

  public Call put(String target) {
    return new Call("PUT", target);
  }

  public Call delete(String target) {
    return new Call("DELETE", target);
  }

  /** One request being put together. */
  public final class Call {

    private final String method;
    private final String target;
    private String body;
    private String contentType = "application/json";
    private String key;
    private String host;
    private long expires = Instant.now().getEpochSecond() + 600;
    private boolean signQuery = true;
    private String signedMethod;
    private String signedPath;
    private String signedBody;
    private String authorization;

    private Call(String method, String target) {
      this.method = method;
      this.target = target;
    }

    /** Signed with the key of {@code tenant}. */
    public Call as(String tenant) {
      key = Keys.of(tenant);
      return this;
    }

    public Call json(String text) {
      body = text;
      return this;
    }

    public Call contentType(String value) {
      contentType = value;
      return this;
    }

    /** The {@code Host} header, e.g. {@code api-de-fra-1.example.net}. */
    public Call host(String value) {
      host = value;
      return this;
    }

    public Call expires(long epochSecond) {
      expires = epochSecond;
      return this;
    }

    /** As the Java SDK: query arguments sent but not signed. */
    public Call queryUnsigned() {
      signQuery = false;
      return this;
    }

    /** Signs another request than the one sent: a tampered method, path or body. */
    public Call signedFor(String method, String path, String body) {
      signedMethod = method;
      signedPath = path;
      signedBody = body;
      return this;
    }

    /** Sends this header instead of a signature. */
    public Call authorization(String value) {
      authorization = value;
      return this;
    }

    public Reply send() {
      URI uri = URI.create(server.toString().replaceAll("/$", "") + target);
      HttpRequest.Builder request = HttpRequest.newBuilder(uri)
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      if (body != null) {
        request.header("Content-Type", contentType);
      }
      if (host != null) {
        request.header("Host", host);
      }
      String header = authorization != null ? authorization : key == null ? null : sign(uri);
      if (header != null) {
        request.header("Authorization", header);
      }
      try {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
            response.body(), json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private String sign(URI uri) {
      Map<String, List<String>> query = new TreeMap<>();
      if (signQuery && uri.getRawQuery() != null) {
        for (String pair : uri.getRawQuery().split("&")) {
          String[] parts = pair.split("=", 2);
          query.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), name -> new ArrayList<>())
              .add(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
      }
      List<String> names = new ArrayList<>();
      StringBuilder values = new StringBuilder();
      query.forEach((name, found) -> {
        if (found.size() == 1) {
          names.add(name);
          values.append(found.getFirst());
        }
      });
      return Signer.authorization(key, Keys.secretOf(key),
          signedMethod != null ? signedMethod : method,
          signedPath != null ? signedPath : uri.getRawPath(),
          signedBody != null ? signedBody : body == null ? "" : body,
          names, values.toString(), expires);
    }
  }

  /** What came back. */
  public record Reply(int status, String contentType, String body, JsonMapper json) {

    public Map<String, Object> object() {
      try {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) json.readValue(body, Argument.of(Object.class));
        return map;
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + this, e);
      }
    }

    public String string(String field) {
      return (String) object().get(field);
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }
}
