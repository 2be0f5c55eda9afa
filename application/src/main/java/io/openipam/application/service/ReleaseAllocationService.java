package io.openipam.application.service;

import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.time.Clock;

@Singleton
public class ReleaseAllocationService implements ReleaseAllocation {

  private final VisibleResources visible;
  private final Clock clock;

  public ReleaseAllocationService(VisibleResources visible, Clock clock) {
    this.visible = visible;
    this.clock = clock;
  }

  @Override
  public Allocation release(Principal caller, AllocationId id, WhenAttached whenAttached) {
    Allocation before = visible.allocation(caller, id);
    if (before.isReleased()) {
      throw new Conflict(Conflict.Reason.WRONG_STATE, "allocation " + id + " is already released");
    }
    if (before.isAttached() && whenAttached == WhenAttached.REFUSE) {
      throw new Conflict(Conflict.Reason.ATTACHED, "allocation " + id + " is attached; detach it first");
    }
    return visible.save(before.released(clock.instant()), before);
  }
}
