package io.openipam.domain.allocation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Quarantine of released addresses (Melange §6.8: kept two days by default). */
class RetentionTest {

  private static final Retention TWO_DAYS = new Retention(Duration.ofDays(2));
  private static final Instant NOW = Instant.parse("2024-06-10T12:00:00Z");

  private static Allocation releasedAt(Instant at) {
    return AnAllocation.of("10.0.0.5").releasedAt(at).build();
  }

  @Test
  void restores_an_address_released_within_the_retention_period() {
    assertDoesNotThrow(() -> TWO_DAYS.checkRestorable(releasedAt(NOW.minus(Duration.ofDays(1))), NOW));
  }

  @Test
  void restores_an_address_released_just_before_the_period_runs_out() {
    Instant justInside = NOW.minus(Duration.ofDays(2)).plusMillis(1);

    assertDoesNotThrow(() -> TWO_DAYS.checkRestorable(releasedAt(justInside), NOW));
  }

  @Test
  void refuses_to_restore_an_address_released_exactly_one_period_ago() {
    Conflict conflict = assertThrows(Conflict.class,
        () -> TWO_DAYS.checkRestorable(releasedAt(NOW.minus(Duration.ofDays(2))), NOW));

    assertEquals(Conflict.Reason.RETENTION_EXPIRED, conflict.reason());
  }

  @Test
  void refuses_to_restore_an_address_whose_retention_has_run_out() {
    Conflict conflict = assertThrows(Conflict.class,
        () -> TWO_DAYS.checkRestorable(releasedAt(NOW.minus(Duration.ofDays(3))), NOW));

    assertEquals(Conflict.Reason.RETENTION_EXPIRED, conflict.reason());
  }

  @Test
  void refuses_to_restore_an_address_that_was_never_released() {
    Allocation held = AnAllocation.of("10.0.0.5").build();

    Conflict conflict = assertThrows(Conflict.class, () -> TWO_DAYS.checkRestorable(held, NOW));

    assertEquals(Conflict.Reason.WRONG_STATE, conflict.reason());
  }

  @Test
  void restores_nothing_when_retention_is_zero() {
    Retention none = new Retention(Duration.ZERO);

    Conflict conflict = assertThrows(Conflict.class, () -> none.checkRestorable(releasedAt(NOW), NOW));

    assertEquals(Conflict.Reason.RETENTION_EXPIRED, conflict.reason());
  }

  @Test
  void purges_what_was_released_one_period_before_now() {
    assertEquals(Instant.parse("2024-06-08T12:00:00Z"), TWO_DAYS.purgeCutoff(NOW));
  }

  @Test
  void refuses_a_negative_or_missing_period() {
    assertThrows(Invalid.class, () -> new Retention(Duration.ofSeconds(-1)));
    assertThrows(Invalid.class, () -> new Retention(null));
  }
}
