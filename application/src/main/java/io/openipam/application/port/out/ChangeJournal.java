package io.openipam.application.port.out;

import io.openipam.domain.change.Change;
import io.openipam.domain.change.ChangeId;
import java.time.Instant;
import java.util.Optional;

/** Where recorded changes live, shared by every server process. */
public interface ChangeJournal {

  void append(Change change);

  Optional<Change> find(ChangeId id);

  /** Deletes up to {@code limit} changes accepted before {@code cutoff}; returns how many it deleted. */
  int removeAcceptedBefore(Instant cutoff, int limit);
}
