package io.openipam.application.service;

import io.openipam.application.port.in.AmendAllocation;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

@Singleton
public class AmendAllocationService implements AmendAllocation {

  private final VisibleResources visible;
  private final Clock clock;

  public AmendAllocationService(VisibleResources visible, Clock clock) {
    this.visible = visible;
    this.clock = clock;
  }

  @Override
  public Allocation amend(Principal caller, AllocationId id, Long expectedVersion, Amendment amendment) {
    Allocation before = visible.allocation(caller, id);
    if (expectedVersion != null && expectedVersion != before.version()) {
      throw new Conflict(Conflict.Reason.STALE_VERSION,
          "allocation " + id + " is at version " + before.version() + ", not " + expectedVersion, id.value());
    }
    Allocation after = before.described(
        choose(amendment.mac(), before.mac()),
        choose(amendment.description(), before.description()),
        amendment.labels() == null ? before.labels() : amendment.labels(),
        choose(amendment.reverseDns(), before.reverseDns()),
        choose(amendment.healthCheck(), before.healthCheck()),
        clock.instant());
    return visible.save(after, before);
  }

  /** Null keeps the current value; empty clears it. */
  private static <T> T choose(Optional<T> requested, T current) {
    return requested == null ? current : requested.orElse(null);
  }
}
