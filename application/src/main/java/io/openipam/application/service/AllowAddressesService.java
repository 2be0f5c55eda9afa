package io.openipam.application.service;

import io.openipam.application.port.in.AllowAddresses;
import io.openipam.application.port.in.FindInterfaces;
import io.openipam.application.port.out.AllocationSearch;
import io.openipam.application.port.out.AllocationStore;
import io.openipam.application.port.out.AllowedAddressStore;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

@Singleton
public class AllowAddressesService implements AllowAddresses {

  /** An address is held by one allocation per pool: a handful of pools at most share it. */
  private static final int SAME_ADDRESS = 100;

  private final FindInterfaces interfaces;
  private final AllocationSearch search;
  private final AllocationStore allocations;
  private final AllowedAddressStore allowed;
  private final PoolSnapshots snapshots;

  public AllowAddressesService(FindInterfaces interfaces, AllocationSearch search, AllocationStore allocations,
      AllowedAddressStore allowed, PoolSnapshots snapshots) {
    this.interfaces = interfaces;
    this.search = search;
    this.allocations = allocations;
    this.allowed = allowed;
    this.snapshots = snapshots;
  }

  @Override
  public Result allow(Principal caller, InterfaceId id, NetworkId network, IpAddress address) {
    NetworkInterface nic = interfaces.get(caller, id);
    Optional<Allocation> found = search.find(new AllocationSearch.Criteria(nic.tenant(), null, null, address,
            AllocationState.ALLOCATED, null, SAME_ADDRESS)).stream()
        .filter(allocation -> snapshots.fresh(allocation.pool()).filter(pool -> network.equals(pool.network()))
            .isPresent())
        .findFirst();
    if (found.isEmpty()) {
      return new Result(Outcome.NO_SUCH_ADDRESS, null);
    }
    if (!network.equals(nic.network())) {
      return new Result(Outcome.INTERFACE_NOT_ON_NETWORK, null);
    }
    allowed.allow(nic.id(), found.get().id());
    return new Result(Outcome.ALLOWED, found.get());
  }

  @Override
  public List<Allocation> allowedOn(Principal caller, InterfaceId id) {
    NetworkInterface nic = interfaces.get(caller, id);
    return allowed.allowedOn(nic.id()).stream().flatMap(allocation -> allocations.find(allocation).stream()).toList();
  }

  @Override
  public Optional<Allocation> allowed(Principal caller, InterfaceId id, IpAddress address) {
    return allowedOn(caller, id).stream().filter(allocation -> allocation.address().equals(address)).findFirst();
  }

  @Override
  public boolean disallow(Principal caller, InterfaceId id, IpAddress address) {
    return allowed(caller, id, address).filter(allocation -> allowed.disallow(id, allocation.id())).isPresent();
  }
}
