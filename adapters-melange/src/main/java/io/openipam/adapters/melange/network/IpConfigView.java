package io.openipam.adapters.melange.network;

import io.openipam.adapters.melange.block.IpBlockView;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.StaticRoute;
import java.util.List;

/**
 * An address as Melange's "IP configuration" view showed it (spec §4.3): exactly {@code id},
 * {@code interface_id}, {@code address}, {@code version} and the block it belongs to, with the 10
 * keys a host needs to configure the address. Used by ip_allocations and interface views.
 */
public record IpConfigView(String id, String interfaceId, String address, int version, BlockConfig ipBlock) {

  /** The block part, with the block's static routes. */
  public record BlockConfig(String id, String cidr, String broadcast, String gateway, String networkId,
      String netmask, String dns1, String dns2, String tenantId, List<RouteConfig> ipRoutes) {}

  /** One route of the block, as the view embeds it: id, destination, gateway, netmask. */
  public record RouteConfig(String id, String destination, String gateway, String netmask) {}

  public static IpConfigView of(Allocation allocation, Pool block, List<StaticRoute> routes) {
    IpBlockView full = IpBlockView.of(block);
    return new IpConfigView(
        allocation.id().value(),
        allocation.isAttached() ? allocation.attachment().interfaceId() : null,
        allocation.address().toExpandedString(),
        allocation.address().family().version(),
        new BlockConfig(full.id(), full.cidr(), full.broadcast(), full.gateway(), full.networkId(), full.netmask(),
            full.dns1(), full.dns2(), full.tenantId(),
            routes.stream().map(route -> new RouteConfig(route.id(), route.destination(), route.gateway(),
                route.netmask())).toList()));
  }
}
