package io.openipam.application.port.in;

import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Settling;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The windows during which a dialect shows a change as still under way ({@link Settling}), the
 * same in every server process. The caller has already found the allocation as whoever it acts for.
 */
public interface SettleChanges {

  /**
   * What {@link #begin} did: {@code opened} the new window (null when it lasts zero), or found
   * {@code underWay} another one and opened none, so the change must not be made.
   */
  record Opening(Settling opened, Settling underWay) {

    public boolean refused() {
      return underWay != null;
    }
  }

  /** Opens a window of {@code lasting} for a change about to be made, unless one is under way. */
  Opening begin(AllocationId allocation, Settling.Phase phase, String leavingDevice, Duration lasting);

  /** Closes a window opened by {@link #begin} for a change that did not happen; null does nothing. */
  void cancel(Settling opened);

  /** The windows under way of those allocations, by allocation. */
  Map<AllocationId, Settling> underWay(Collection<AllocationId> allocations);

  default Optional<Settling> underWay(AllocationId allocation) {
    return Optional.ofNullable(underWay(List.of(allocation)).get(allocation));
  }
}
