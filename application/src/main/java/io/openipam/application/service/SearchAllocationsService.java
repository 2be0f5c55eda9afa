package io.openipam.application.service;

import io.openipam.application.port.in.SearchAllocations;
import io.openipam.application.port.out.AllocationSearch;
import io.openipam.application.port.out.InterfaceStore;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class SearchAllocationsService implements SearchAllocations {

  private static final int LARGEST = 1000;

  private final AllocationSearch search;
  private final InterfaceStore interfaces;

  public SearchAllocationsService(AllocationSearch search, InterfaceStore interfaces) {
    this.search = search;
    this.interfaces = interfaces;
  }

  @Override
  public List<Allocation> list(Principal caller, Query query) {
    if (query.lessee() == null ? !caller.isOperator() : !caller.mayActFor(query.lessee())) {
      throw new Forbidden("a tenant lists only the allocations leased to it");
    }
    return search.find(new AllocationSearch.Criteria(query.lessee(), query.deviceId(), null, query.address(),
        query.state(), query.afterId(), query.limit()));
  }

  @Override
  public List<Allocation> ofInterface(Principal caller, InterfaceId id, AllocationState state) {
    if (interfaces.find(id).isEmpty()) {
      throw new NotFound(NotFound.Kind.INTERFACE, id.value());
    }
    return search.find(new AllocationSearch.Criteria(null, null, id.value(), null, state, null, LARGEST)).stream()
        .filter(allocation -> allocation.isVisibleTo(caller))
        .toList();
  }
}
