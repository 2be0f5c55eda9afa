package io.openipam.domain.allocation;

import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a released address stays in quarantine: blocked from reuse and restorable by its
 * holder. After that the purge returns it to its pool.
 */
public record Retention(Duration period) {

  public Retention {
    if (period == null || period.isNegative()) {
      throw Invalid.malformed("retention", "retention must be zero or more");
    }
  }

  /** Released at or before this instant: due for purge. */
  public Instant purgeCutoff(Instant now) {
    return now.minus(period);
  }

  public void checkRestorable(Allocation allocation, Instant now) {
    if (!allocation.isReleased()) {
      throw new Conflict(Conflict.Reason.WRONG_STATE, "allocation " + allocation.id() + " is not released");
    }
    if (!allocation.releasedAt().isAfter(purgeCutoff(now))) {
      throw new Conflict(Conflict.Reason.RETENTION_EXPIRED,
          "allocation " + allocation.id() + " was released too long ago to restore");
    }
  }
}
