package io.openipam.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangePurgeScheduleTest {

  @Test
  void purges_what_is_older_than_the_configured_retention() {
    List<Duration> asked = new ArrayList<>();
    ChangePurgeSchedule schedule = new ChangePurgeSchedule(age -> {
      asked.add(age);
      return 3;
    }, Duration.ofDays(2));

    schedule.purgeDue();

    assertEquals(List.of(Duration.ofDays(2)), asked);
  }

  @Test
  void a_retention_under_a_day_is_refused_at_startup() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> new ChangePurgeSchedule(age -> 0, Duration.ofHours(23)));

    assertEquals("ipam.change-retention must be at least 24h, not PT23H", refused.getMessage());
  }
}
