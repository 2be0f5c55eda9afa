package io.openipam.domain.allocation;

import java.time.Instant;
import java.util.Objects;

/**
 * A change the core applied at once but that a dialect shows as still under way until
 * {@code until}: clients of such dialects poll through it, and no other change may start on the
 * allocation meanwhile. Kept with the allocation, so every server process sees the same window.
 *
 * @param leavingDevice the device the allocation is leaving (detaching, releasing), else null
 */
public record Settling(AllocationId allocation, Phase phase, String leavingDevice, Instant until) {

  public enum Phase {
    /** Moving onto a device; not yet shown on it. */
    ATTACHING,
    /** Leaving {@code leavingDevice}; still shown on it. */
    DETACHING,
    /** Released while attached: still shown, leaving {@code leavingDevice}, until it settles. */
    RELEASING,
    /** Its MAC or another property of an attached allocation changing. */
    RECONFIGURING
  }

  public Settling {
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(until, "until");
  }

  public boolean isOver(Instant now) {
    return !now.isBefore(until);
  }
}
