package io.openipam.application.service;

import io.openipam.application.port.in.PurgeReleasedAllocations;
import io.openipam.application.port.out.AllocationStore;
import io.openipam.application.port.out.IpamSettings;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.SlotRules;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each purge is its own small transaction (delete the row, free the slot), so a long purge never
 * holds locks that allocations wait on. Safe to run in several processes at once: a row another
 * process purged first is simply skipped.
 */
@Singleton
public class PurgeReleasedAllocationsService implements PurgeReleasedAllocations {

  private static final int BATCH = 500;

  private final AllocationStore allocations;
  private final PoolStore pools;
  private final IpamSettings settings;
  private final Clock clock;

  public PurgeReleasedAllocationsService(AllocationStore allocations, PoolStore pools, IpamSettings settings,
      Clock clock) {
    this.allocations = allocations;
    this.pools = pools;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public int purgeDue() {
    Instant cutoff = settings.retention().purgeCutoff(clock.instant());
    Map<PoolId, Optional<SlotRules>> rulesByPool = new HashMap<>();
    int purged = 0;
    List<Allocation> due;
    do {
      due = allocations.releasedBefore(cutoff, BATCH);
      int purgedInBatch = 0;
      for (Allocation allocation : due) {
        Optional<SlotRules> rules = rulesByPool.computeIfAbsent(allocation.pool(),
            id -> pools.find(id).map(pool -> new SlotRules(pool, null)));
        if (rules.isPresent() && allocations.remove(allocation, rules.get().slotOf(allocation.address()))) {
          purgedInBatch++;
        }
      }
      purged += purgedInBatch;
      if (purgedInBatch == 0) {
        break;
      }
    } while (due.size() == BATCH);
    return purged;
  }
}
