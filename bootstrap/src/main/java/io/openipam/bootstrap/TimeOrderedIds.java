package io.openipam.bootstrap;

import io.openipam.application.port.out.IdSource;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. New rows land at the end of
 * the clustered primary key instead of at random pages, which makes every insert cheaper.
 */
final class TimeOrderedIds implements IdSource {

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  TimeOrderedIds(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String newId() {
    long millis = clock.millis();
    long randomA = random.nextLong();
    long randomB = random.nextLong();
    long high = (millis << 16) | 0x7000L | (randomA & 0x0fffL);
    long low = (randomB & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
