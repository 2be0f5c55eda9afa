package io.openipam.application.service;

import io.openipam.application.port.in.RestoreAllocation;
import io.openipam.application.port.out.IpamSettings;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Retention;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

@Singleton
public class RestoreAllocationService implements RestoreAllocation {

  private final VisibleResources visible;
  private final Retention retention;
  private final Clock clock;

  public RestoreAllocationService(VisibleResources visible, IpamSettings settings, Clock clock) {
    this.visible = visible;
    this.retention = settings.retention();
    this.clock = clock;
  }

  @Override
  public Allocation restore(Principal caller, AllocationId id) {
    Allocation before = visible.allocation(caller, id);
    Instant now = clock.instant();
    retention.checkRestorable(before, now);
    return visible.save(before.restored(now), before);
  }
}
