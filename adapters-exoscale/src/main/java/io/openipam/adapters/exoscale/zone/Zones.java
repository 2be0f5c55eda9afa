package io.openipam.adapters.exoscale.zone;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.openipam.adapters.exoscale.ExoscaleSettings;
import io.openipam.adapters.exoscale.fault.ExoscaleError;
import io.openipam.domain.pool.LocationId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zones served and which one a request is for: the zone its host names, as Exoscale's
 * per-zone hosts do ({@code api-ch-gva-2.exoscale.com}), else the default zone. A host naming a
 * zone that is not served is refused rather than answered from the default zone: its resources
 * would otherwise leak across zones (spec §1.1). Built at startup, so a zone configuration that
 * does not hold together stops the server instead of failing every request.
 */
@Context
public class Zones {

  /** {@code api-<zone>.<rest>}; a zone is shaped like {@code ch-gva-2}. */
  private static final Pattern ZONE_HOST = Pattern.compile("^api-([a-z]{2}-[a-z]{3}-[0-9]+)\\.(.+)$");

  private final Map<String, Zone> byName = new LinkedHashMap<>();
  private final Map<String, String> endpoints = new LinkedHashMap<>();
  private final Zone defaultZone;

  public Zones(List<ZoneEntry> entries, ExoscaleSettings settings) {
    for (ZoneEntry entry : entries.stream().sorted(Comparator.comparingInt(ZoneEntry::getIndex)).toList()) {
      if (entry.getName() == null || entry.getLocation() == null) {
        throw new IllegalArgumentException("each exoscale.zones entry needs a name and a location");
      }
      if (byName.put(entry.getName(), new Zone(entry.getName(), new LocationId(entry.getLocation()))) != null) {
        throw new IllegalArgumentException("exoscale.zones names the zone " + entry.getName() + " twice");
      }
      if (entry.getApiEndpoint() != null && !entry.getApiEndpoint().isBlank()) {
        endpoints.put(entry.getName(), entry.getApiEndpoint());
      }
    }
    defaultZone = byName.get(settings.defaultZone());
    if (defaultZone == null) {
      throw new IllegalArgumentException("exoscale.default-zone " + settings.defaultZone()
          + " is not one of the exoscale.zones entries " + byName.keySet());
    }
  }

  public Zone of(HttpRequest<?> request) {
    Matcher host = ZONE_HOST.matcher(host(request));
    if (!host.matches()) {
      return defaultZone;
    }
    return Optional.ofNullable(byName.get(host.group(1)))
        .orElseThrow(() -> ExoscaleError.notFound("Zone " + host.group(1) + " is not served here"));
  }

  /**
   * Each zone with the endpoint a client reaches it at: the configured one, else the request's
   * own host with the zone swapped in when the host names a zone, else (for the default zone
   * only) the request's own host. A zone without a reachable endpoint is left out, so that a
   * client that visits every listed zone never visits the wrong one.
   */
  public Map<String, String> endpoints(HttpRequest<?> request) {
    String scheme = request.isSecure() ? "https://" : "http://";
    Matcher host = ZONE_HOST.matcher(host(request));
    Map<String, String> listed = new LinkedHashMap<>();
    for (String name : byName.keySet()) {
      String endpoint = endpoints.get(name);
      if (endpoint == null && host.matches()) {
        endpoint = scheme + "api-" + name + "." + host.group(2) + "/v2";
      } else if (endpoint == null && name.equals(defaultZone.name())) {
        endpoint = scheme + host(request) + "/v2";
      }
      if (endpoint != null) {
        listed.put(name, endpoint);
      }
    }
    return listed;
  }

  private static String host(HttpRequest<?> request) {
    String host = request.getHeaders().get(HttpHeaders.HOST);
    if (host == null || host.isBlank()) {
      host = request.getServerAddress().getHostString() + ":" + request.getServerAddress().getPort();
    }
    return host.toLowerCase(Locale.ROOT);
  }
}
