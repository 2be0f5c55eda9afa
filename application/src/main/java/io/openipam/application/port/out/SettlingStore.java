package io.openipam.application.port.out;

import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Settling;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Where the settling windows of allocations live, shared by every server process; they go with the allocation. */
public interface SettlingStore {

  /**
   * Stores {@code settling} unless the allocation has one not over at {@code now}; says whether it
   * did. Atomic across processes: of two claims at once, one wins.
   */
  boolean claim(Settling settling, Instant now);

  /** The windows of those allocations not over at {@code now}. */
  List<Settling> underWay(Collection<AllocationId> allocations, Instant now);

  /** Removes exactly that window (same allocation and end), if it is still stored. */
  void remove(Settling settling);
}
