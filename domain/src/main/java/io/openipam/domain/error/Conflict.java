package io.openipam.domain.error;

/** The request is well formed but collides with the current state. */
public final class Conflict extends IpamException {

  public enum Reason {
    /** The address is held by another allocation (allocated or still in quarantine). */
    ADDRESS_TAKEN,
    /** The address is the pool's gateway, network or last address. */
    ADDRESS_RESERVED,
    /** Someone changed the resource since the caller read it. */
    STALE_VERSION,
    /** The store gave up the change because a concurrent one held what it needed; try again. */
    CONCURRENT_CHANGE,
    /** The allocation is attached and the operation needs it detached. */
    ATTACHED,
    /** The allocation is not in the state the operation needs (released, or not released). */
    WRONG_STATE,
    /** The released allocation was purged, or its retention has run out. */
    RETENTION_EXPIRED,
    /** The pool cannot be subdivided or changed because it holds allocations. */
    POOL_HAS_ALLOCATIONS,
    /** A pool with sub-pools hands out nothing itself. */
    POOL_HAS_SUBPOOLS,
    /** The interface id is taken by another tenant's interface. */
    INTERFACE_TAKEN,
    /** The MAC address is held by another interface. */
    MAC_TAKEN,
    /** The interface takes addresses from another network than the pool's. */
    INTERFACE_ON_OTHER_NETWORK
  }

  private final Reason reason;
  private final String subject;

  public Conflict(Reason reason, String message) {
    this(reason, message, null);
  }

  /** {@code subject}: what the conflict is about, e.g. the id of the interface that is taken. */
  public Conflict(Reason reason, String message, String subject) {
    super(message);
    this.reason = reason;
    this.subject = subject;
  }

  public Reason reason() {
    return reason;
  }

  /** What the conflict is about, or null. */
  public String subject() {
    return subject;
  }
}
