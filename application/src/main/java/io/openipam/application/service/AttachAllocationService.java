package io.openipam.application.service;

import io.openipam.application.port.in.AttachAllocation;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;

@Singleton
public class AttachAllocationService implements AttachAllocation {

  private final VisibleResources visible;
  private final Clock clock;

  public AttachAllocationService(VisibleResources visible, Clock clock) {
    this.visible = visible;
    this.clock = clock;
  }

  @Override
  public Allocation attach(Principal caller, AllocationId id, Attachment attachment) {
    return bind(caller, id, Objects.requireNonNull(attachment, "attachment"));
  }

  @Override
  public Allocation detach(Principal caller, AllocationId id) {
    return bind(caller, id, null);
  }

  private Allocation bind(Principal caller, AllocationId id, Attachment attachment) {
    Allocation before = visible.allocation(caller, id);
    if (before.isReleased()) {
      throw new Conflict(Conflict.Reason.WRONG_STATE, "allocation " + id + " is released");
    }
    if (Objects.equals(before.attachment(), attachment)) {
      return before;
    }
    return visible.save(before.attachedTo(attachment, clock.instant()), before);
  }
}
