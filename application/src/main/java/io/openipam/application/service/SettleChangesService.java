package io.openipam.application.service;

import io.openipam.application.port.in.SettleChanges;
import io.openipam.application.port.out.SettlingStore;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Settling;
import io.openipam.domain.error.Conflict;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

@Singleton
public class SettleChangesService implements SettleChanges {

  /** A claim can lose to a window that ends or is cancelled meanwhile; a few more tries settle it. */
  private static final int ATTEMPTS = 3;

  private final SettlingStore store;
  private final Clock clock;

  public SettleChangesService(SettlingStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Not one transaction: each step must see what other processes committed meanwhile. */
  @Override
  public Opening begin(AllocationId allocation, Settling.Phase phase, String leavingDevice, Duration lasting) {
    Objects.requireNonNull(lasting, "lasting");
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Instant now = clock.instant();
      Settling underWay = underWay(allocation).orElse(null);
      if (underWay != null) {
        return new Opening(null, underWay);
      }
      if (lasting.isZero() || lasting.isNegative()) {
        return new Opening(null, null);
      }
      Settling opened = new Settling(allocation, phase, leavingDevice, now.plus(lasting));
      if (store.claim(opened, now)) {
        return new Opening(opened, null);
      }
    }
    // Windows opened and closed around each attempt: as any concurrent change, the caller retries.
    throw new Conflict(Conflict.Reason.STALE_VERSION, "allocation " + allocation + " changed meanwhile",
        allocation.value());
  }

  @Override
  public void cancel(Settling opened) {
    if (opened != null) {
      store.remove(opened);
    }
  }

  @Override
  public Map<AllocationId, Settling> underWay(Collection<AllocationId> allocations) {
    Map<AllocationId, Settling> byAllocation = new LinkedHashMap<>();
    if (!allocations.isEmpty()) {
      store.underWay(allocations, clock.instant()).forEach(settling -> byAllocation.put(settling.allocation(), settling));
    }
    return byAllocation;
  }
}
