package io.openipam.application.service;

import io.openipam.application.port.in.PurgeChanges;
import io.openipam.application.port.out.ChangeJournal;
import io.openipam.domain.error.Invalid;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Deletes in small batches, each its own statement, so a long purge holds no lock for long. */
@Singleton
public class PurgeChangesService implements PurgeChanges {

  private static final int BATCH = 500;

  private final ChangeJournal journal;
  private final Clock clock;

  public PurgeChangesService(ChangeJournal journal, Clock clock) {
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public int purgeOlderThan(Duration age) {
    if (age == null || age.isNegative()) {
      throw Invalid.malformed("age", "the age of changes to purge must be zero or more");
    }
    Instant cutoff = clock.instant().minus(age);
    int purged = 0;
    int batch;
    do {
      batch = journal.removeAcceptedBefore(cutoff, BATCH);
      purged += batch;
    } while (batch == BATCH);
    return purged;
  }
}
