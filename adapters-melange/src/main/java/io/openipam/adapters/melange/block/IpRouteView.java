package io.openipam.adapters.melange.block;

import io.openipam.domain.pool.StaticRoute;
import java.time.Instant;

/** A block's static route as Melange's {@code ip_route}: six fields, no {@code source_block_id} (spec §4.5). */
public record IpRouteView(String id, String destination, String netmask, String gateway, Instant createdAt,
    Instant updatedAt) {

  static IpRouteView of(StaticRoute route) {
    return new IpRouteView(route.id(), route.destination(), route.netmask(), route.gateway(), route.createdAt(),
        route.updatedAt());
  }
}
