package io.openipam.adapters.melange.device;

import io.openipam.adapters.melange.network.IpConfigView;
import io.openipam.adapters.melange.network.IpConfigurations;
import io.openipam.application.port.in.SearchAllocations;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/** Builds interface views: the interface and the addresses attached to it now (deallocated ones are not). */
@Singleton
public class InterfaceViews {

  private final SearchAllocations search;
  private final IpConfigurations configurations;

  InterfaceViews(SearchAllocations search, IpConfigurations configurations) {
    this.search = search;
    this.configurations = configurations;
  }

  public InterfaceView of(Principal caller, NetworkInterface nic) {
    List<Allocation> attached = search.ofInterface(caller, nic.id(), AllocationState.ALLOCATED);
    return of(nic, attached.stream().map(allocation -> configurations.of(caller, allocation)).toList());
  }

  public static InterfaceView of(NetworkInterface nic, List<IpConfigView> addresses) {
    return new InterfaceView(nic.id().value(), nic.deviceId(), nic.tenant().value(), nic.createdAt(), nic.updatedAt(),
        nic.mac() == null ? null : nic.mac().toString().toUpperCase(Locale.ROOT), addresses);
  }
}
