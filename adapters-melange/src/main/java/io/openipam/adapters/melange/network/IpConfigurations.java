package io.openipam.adapters.melange.network;

import io.openipam.application.port.in.DefineStaticRoutes;
import io.openipam.application.port.in.FindPools;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;

/** Renders an address as its IP configuration: its block and that block's routes (spec §4.3). */
@Singleton
public class IpConfigurations {

  private final FindPools pools;
  private final DefineStaticRoutes routes;

  IpConfigurations(FindPools pools, DefineStaticRoutes routes) {
    this.pools = pools;
    this.routes = routes;
  }

  public IpConfigView of(Principal caller, Allocation allocation) {
    return IpConfigView.of(allocation, pools.holding(caller, allocation), routes.forAllocation(caller, allocation));
  }
}
