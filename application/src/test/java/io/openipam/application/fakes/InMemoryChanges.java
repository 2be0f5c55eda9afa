package io.openipam.application.fakes;

import io.openipam.application.port.out.ChangeJournal;
import io.openipam.domain.change.Change;
import io.openipam.domain.change.ChangeId;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The change journal in memory; each call is atomic, like one statement. */
public final class InMemoryChanges implements ChangeJournal {

  private final Map<ChangeId, Change> changes = new LinkedHashMap<>();

  @Override
  public synchronized void append(Change change) {
    if (changes.putIfAbsent(change.id(), change) != null) {
      throw new IllegalStateException("duplicate primary key: change " + change.id());
    }
  }

  @Override
  public synchronized Optional<Change> find(ChangeId id) {
    return Optional.ofNullable(changes.get(id));
  }

  @Override
  public synchronized int removeAcceptedBefore(Instant cutoff, int limit) {
    int removed = 0;
    for (Iterator<Change> it = changes.values().iterator(); it.hasNext() && removed < limit; ) {
      if (it.next().acceptedAt().isBefore(cutoff)) {
        it.remove();
        removed++;
      }
    }
    return removed;
  }

  public synchronized int size() {
    return changes.size();
  }
}
