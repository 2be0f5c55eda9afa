package io.openipam.adapters.melange.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;
import io.openipam.adapters.melange.fault.MelangeFault;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prepares Melange requests for routing, as Melange's WSGI stack did before its router saw them:
 * picks the format (a {@code .json}/{@code .xml} suffix, else Accept) and strips the suffix;
 * sends an unversioned path with a vendor Accept version to that API version (406 for an unknown
 * one); refuses a trailing slash (no Melange route has one, Micronaut would ignore it). Melange
 * routes produce any media type, so routing never answers 406 for {@code text/html}: the format
 * chosen here is the one written. Other facades' requests pass untouched.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class MelangeRequests {

  /** A path under a Melange API version: {@code /v0.1/...}, {@code /v1.0/...} (or an unknown {@code /vX.Y}). */
  private static final Pattern VERSIONED = Pattern.compile("^/v\\d+\\.\\d+(/|$)");
  private static final Set<String> VERSIONS = Set.of("0.1", "1.0");

  @PreMatching
  @RequestFilter
  HttpRequest<?> prepare(HttpRequest<?> request) {
    String path = request.getUri().getRawPath();
    String accept = String.join(",", request.getHeaders().getAll(HttpHeaders.ACCEPT));
    Optional<String> acceptedVersion = Negotiation.acceptedVersion(accept);
    // A suffix does not hide a Melange path: /v0.1.json and /.xml are Melange's too.
    String route = Negotiation.withoutSuffix(path);
    boolean versioned = VERSIONED.matcher(route).find();
    if (!versioned && !"/".equals(route) && acceptedVersion.isEmpty()) {
      return request;
    }
    Format format = Negotiation.bySuffix(path).orElseGet(() -> Negotiation.byAccept(accept));
    MelangeFault refusal = null;
    if (!versioned && acceptedVersion.isPresent()) {
      if (VERSIONS.contains(acceptedVersion.get())) {
        route = "/v" + acceptedVersion.get() + route;
      } else {
        refusal = new MelangeFault(406, "version not supported");
      }
    }
    if (refusal == null && route.length() > 1 && route.endsWith("/")) {
      refusal = MelangeFault.notFound(null);
    }
    MelangeExchange.remember(request, format, request.getUri().toString(), refusal);
    if (route.equals(path)) {
      return request;
    }
    String query = request.getUri().getRawQuery();
    return new RoutedRequest<>(request, URI.create(query == null ? route : route + "?" + query));
  }

  /** Answers the fault chosen before routing; the response filter renders it. */
  @RequestFilter
  @Nullable
  HttpResponse<?> refuse(HttpRequest<?> request) {
    return MelangeExchange.refusal(request)
        .map(fault -> HttpResponse.status(HttpStatus.valueOf(fault.status())).body(fault))
        .orElse(null);
  }
}
