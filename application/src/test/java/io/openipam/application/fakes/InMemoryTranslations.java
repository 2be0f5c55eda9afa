package io.openipam.application.fakes;

import io.openipam.application.port.out.TranslationStore;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.NotFound;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Bindings as pairs; a binding whose allocation is gone is gone too, as the real store's cascade has it. */
public final class InMemoryTranslations implements TranslationStore {

  private record Pair(AllocationId local, AllocationId global) {}

  private final InMemoryDatabase db;
  private final Set<Pair> pairs = new LinkedHashSet<>();

  public InMemoryTranslations(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public void insert(AllocationId local, AllocationId global, Instant at) {
    synchronized (db) {
      for (AllocationId id : List.of(local, global)) {
        if (!db.allocations.containsKey(id)) {
          throw new NotFound(NotFound.Kind.ALLOCATION, id.value());
        }
      }
      pairs.add(new Pair(local, global));
    }
  }

  @Override
  public List<AllocationId> globalsOf(AllocationId local, AllocationId afterId, int limit) {
    return related(pair -> pair.local().equals(local) ? pair.global() : null, afterId, limit);
  }

  @Override
  public List<AllocationId> localsOf(AllocationId global, AllocationId afterId, int limit) {
    return related(pair -> pair.global().equals(global) ? pair.local() : null, afterId, limit);
  }

  @Override
  public void delete(AllocationId local, AllocationId global) {
    synchronized (db) {
      pairs.remove(new Pair(local, global));
    }
  }

  @Override
  public void deleteGlobalsOf(AllocationId local) {
    synchronized (db) {
      pairs.removeIf(pair -> pair.local().equals(local));
    }
  }

  @Override
  public void deleteLocalsOf(AllocationId global) {
    synchronized (db) {
      pairs.removeIf(pair -> pair.global().equals(global));
    }
  }

  private List<AllocationId> related(Function<Pair, AllocationId> other, AllocationId afterId, int limit) {
    synchronized (db) {
      return pairs.stream()
          .filter(pair -> db.allocations.containsKey(pair.local()) && db.allocations.containsKey(pair.global()))
          .map(other)
          .filter(id -> id != null && (afterId == null || id.value().compareTo(afterId.value()) > 0))
          .sorted(Comparator.comparing(AllocationId::value))
          .limit(limit)
          .toList();
    }
  }
}
