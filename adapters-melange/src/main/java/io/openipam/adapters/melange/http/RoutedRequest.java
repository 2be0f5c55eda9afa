package io.openipam.adapters.melange.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpRequestWrapper;
import java.net.URI;

/**
 * The request as the router should see it: another path, everything else (headers, body,
 * attributes) the client's request itself. Not {@code request.mutate()}: the mutable copy of
 * Micronaut 4's Netty request loses the body (micronaut-core#10346), and Nova posts to
 * {@code ....json} paths.
 */
final class RoutedRequest<B> extends HttpRequestWrapper<B> {

  private final URI uri;

  RoutedRequest(HttpRequest<B> sent, URI uri) {
    super(sent);
    this.uri = uri;
  }

  @Override
  public URI getUri() {
    return uri;
  }

  /** Still encoded, as the server's own request gives it: the router decodes each path variable once. */
  @Override
  public String getPath() {
    return uri.getRawPath();
  }
}
