package io.openipam.application.service;

import io.openipam.application.port.in.RecordChange;
import io.openipam.application.port.out.ChangeJournal;
import io.openipam.application.port.out.IdSource;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.change.Change;
import io.openipam.domain.change.ChangeId;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.time.Clock;

@Singleton
public class RecordChangeService implements RecordChange {

  private final ChangeJournal journal;
  private final IdSource ids;
  private final Clock clock;

  public RecordChangeService(ChangeJournal journal, IdSource ids, Clock clock) {
    this.journal = journal;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Change record(Principal caller, Allocation subject, LocationId location, Change.Kind kind) {
    if (!subject.isVisibleTo(caller)) {
      throw new NotFound(NotFound.Kind.ALLOCATION, subject.id().value());
    }
    Change change = new Change(new ChangeId(ids.newId()), subject.lessee(), location, subject.id(), kind,
        clock.instant());
    journal.append(change);
    return change;
  }
}
