package io.openipam.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.openipam.application.port.out.IdSource;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The clock and the id source the core is given. */
@Factory
public class Infrastructure {

  /** Microsecond ticks: what the store keeps, so a value read back equals the value written. */
  @Singleton
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }

  @Singleton
  IdSource ids(Clock clock) {
    return new TimeOrderedIds(clock);
  }
}
