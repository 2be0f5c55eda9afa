package io.openipam.application.service;

import io.openipam.application.port.in.AttachTogether;
import io.openipam.application.port.out.MacHolders;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.allocation.MacSharing;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

@Singleton
public class AttachTogetherService implements AttachTogether {

  private final VisibleResources visible;
  private final MacHolders holders;
  private final Clock clock;

  public AttachTogetherService(VisibleResources visible, MacHolders holders, Clock clock) {
    this.visible = visible;
    this.holders = holders;
    this.clock = clock;
  }

  @Override
  @Transactional
  public List<Allocation> attach(Principal caller, List<AllocationId> ids, Attachment attachment) {
    Objects.requireNonNull(attachment, "attachment");
    Set<AllocationId> moving = new LinkedHashSet<>(ids);
    List<Allocation> befores = live(caller, moving);
    for (Allocation before : befores) {
      if (before.mac() != null) {
        MacSharing.checkMovesWhole(moving, before, holders.holding(before.mac()));
      }
    }
    Instant now = clock.instant();
    List<Allocation> after = new ArrayList<>();
    for (Allocation before : befores) {
      after.add(Objects.equals(before.attachment(), attachment)
          ? before
          : visible.save(before.attachedTo(attachment, now), before));
    }
    return after;
  }

  @Override
  @Transactional
  public List<Allocation> detach(Principal caller, List<AllocationId> ids) {
    Set<AllocationId> detached = new LinkedHashSet<>(ids);
    Instant now = clock.instant();
    List<Allocation> after = new ArrayList<>();
    for (Allocation before : live(caller, detached)) {
      Allocation changed = before.isAttached() ? before.attachedTo(null, now) : before;
      if (before.mac() != null && !MacSharing.keepsMacWhenDetached(detached, holders.holding(before.mac()))) {
        changed = AssignMacService.withMac(changed, null, now);
      }
      after.add(changed == before ? before : visible.save(changed, before));
    }
    return after;
  }

  private List<Allocation> live(Principal caller, Set<AllocationId> ids) {
    List<Allocation> found = new ArrayList<>();
    for (AllocationId id : ids) {
      Allocation allocation = visible.allocation(caller, id);
      if (allocation.isReleased()) {
        throw new Conflict(Conflict.Reason.WRONG_STATE, "allocation " + id + " is released");
      }
      found.add(allocation);
    }
    return found;
  }
}
