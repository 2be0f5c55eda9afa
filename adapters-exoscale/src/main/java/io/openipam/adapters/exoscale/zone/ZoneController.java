package io.openipam.adapters.exoscale.zone;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.exoscale.http.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v2/zone} (list-zones): the zones served here, each pointing back at this server.
 * Without authentication, as egoscale v3 and Python call it (spec §5.3).
 */
@Controller("/v2/zone")
@Consumes(MediaType.ALL)
@Produces(MediaType.APPLICATION_JSON)
class ZoneController {

  private final Zones zones;

  ZoneController(Zones zones) {
    this.zones = zones;
  }

  @Get
  Wire list(HttpRequest<?> request) {
    zones.of(request);
    List<Map<String, Object>> listed = zones.endpoints(request).entrySet().stream()
        .map(zone -> {
          // Fixed key order: Map.of iterates in a per-JVM order.
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("name", zone.getKey());
          entry.put("api-endpoint", zone.getValue());
          return entry;
        })
        .toList();
    return () -> Map.of("zones", listed);
  }
}
