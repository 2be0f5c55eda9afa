package io.openipam.application.service;

import io.openipam.application.port.in.FindChanges;
import io.openipam.application.port.out.ChangeJournal;
import io.openipam.domain.change.Change;
import io.openipam.domain.change.ChangeId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.Optional;

@Singleton
public class FindChangesService implements FindChanges {

  private final ChangeJournal journal;

  public FindChangesService(ChangeJournal journal) {
    this.journal = journal;
  }

  @Override
  public Optional<Change> find(Principal caller, ChangeId id) {
    return journal.find(id).filter(change -> change.isVisibleTo(caller));
  }
}
