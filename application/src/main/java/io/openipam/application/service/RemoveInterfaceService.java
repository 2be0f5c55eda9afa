package io.openipam.application.service;

import io.openipam.application.port.in.RemoveInterface;
import io.openipam.application.port.out.AllocationSearch;
import io.openipam.application.port.out.InterfaceStore;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Releases the interface's addresses first, so none is left attached to an interface that is gone. */
@Singleton
public class RemoveInterfaceService implements RemoveInterface {

  private static final int BATCH = 1000;

  private final InterfaceStore interfaces;
  private final AllocationSearch search;
  private final VisibleResources visible;
  private final MacAssignment macs;
  private final Clock clock;

  public RemoveInterfaceService(InterfaceStore interfaces, AllocationSearch search, VisibleResources visible,
      MacAssignment macs, Clock clock) {
    this.interfaces = interfaces;
    this.search = search;
    this.visible = visible;
    this.macs = macs;
    this.clock = clock;
  }

  @Override
  public void remove(Principal caller, InterfaceId id) {
    NetworkInterface nic = interfaces.find(id)
        .filter(found -> caller.mayActFor(found.tenant()))
        .orElseThrow(() -> new NotFound(NotFound.Kind.INTERFACE, id.value()));
    List<Allocation> attached;
    do {
      attached = search.find(new AllocationSearch.Criteria(null, null, id.value(), null, AllocationState.ALLOCATED,
          null, BATCH));
      Instant now = clock.instant();
      for (Allocation allocation : attached) {
        visible.save(allocation.released(now), allocation);
      }
    } while (attached.size() == BATCH);
    if (!interfaces.delete(nic)) {
      throw new NotFound(NotFound.Kind.INTERFACE, id.value());
    }
    macs.giveBack(nic);
  }
}
