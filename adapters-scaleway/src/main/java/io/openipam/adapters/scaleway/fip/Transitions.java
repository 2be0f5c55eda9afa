package io.openipam.adapters.scaleway.fip;

import io.openipam.adapters.scaleway.ScalewaySettings;
import io.openipam.domain.allocation.AllocationId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The short asynchronous phases Scaleway clients poll through (spec §5): the core applies an
 * attach, detach or MAC change at once, and the FIP shows as {@code updating} or
 * {@code detaching} for {@code scaleway.settle-time} afterwards. Kept in this process only: a
 * FIP read through another process shows its settled status at once, which every waiter accepts.
 */
@Singleton
class Transitions {

  enum Kind {
    /** Attach in progress: {@code updating}, no server yet. */
    ATTACHING,
    /** Detach in progress: {@code detaching}, still on its server. */
    DETACHING,
    /** A MAC change on an attached FIP: {@code updating}, MAC {@code updating}. */
    MAC_UPDATING
  }

  /** {@code server}: the server a detaching FIP is leaving. {@code departing}: the view of a FIP deleted while attached. */
  record Transition(Kind kind, String server, Map<String, Object> departing, Instant until) {}

  /** Settled entries are dropped when read; past this many, also when a new one starts. */
  private static final int SWEEP_ABOVE = 1024;

  private final Map<AllocationId, Transition> pending = new ConcurrentHashMap<>();
  private final Duration settleTime;
  private final Clock clock;

  Transitions(ScalewaySettings settings, Clock clock) {
    this.settleTime = settings.settleTime();
    this.clock = clock;
  }

  void begin(AllocationId id, Kind kind, String server) {
    start(id, new Transition(kind, server, null, clock.instant().plus(settleTime)));
  }

  /** A FIP deleted while attached stays visible as {@code view} (detaching) until the detach settles. */
  void depart(AllocationId id, Map<String, Object> view) {
    start(id, new Transition(Kind.DETACHING, null, view, clock.instant().plus(settleTime)));
  }

  Optional<Transition> current(AllocationId id) {
    Transition transition = pending.get(id);
    if (transition == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(transition.until())) {
      pending.remove(id, transition);
      return Optional.empty();
    }
    return Optional.of(transition);
  }

  private void start(AllocationId id, Transition transition) {
    if (pending.size() > SWEEP_ABOVE) {
      Instant now = clock.instant();
      pending.values().removeIf(old -> !now.isBefore(old.until()));
    }
    if (settleTime.isZero()) {
      pending.remove(id);
    } else {
      pending.put(id, transition);
    }
  }
}
