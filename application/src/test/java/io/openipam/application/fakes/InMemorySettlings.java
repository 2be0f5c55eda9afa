package io.openipam.application.fakes;

import io.openipam.application.port.out.SettlingStore;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Settling;
import io.openipam.domain.error.NotFound;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Settling windows in memory; those of an allocation that is gone are gone too, as the real store's cascade has it. */
public final class InMemorySettlings implements SettlingStore {

  private final InMemoryDatabase db;
  private final Map<AllocationId, Settling> windows = new HashMap<>();

  public InMemorySettlings(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public boolean claim(Settling settling, Instant now) {
    synchronized (db) {
      if (!db.allocations.containsKey(settling.allocation())) {
        throw new NotFound(NotFound.Kind.ALLOCATION, settling.allocation().value());
      }
      Settling stored = windows.get(settling.allocation());
      if (stored != null && !stored.isOver(now)) {
        return false;
      }
      windows.put(settling.allocation(), settling);
      return true;
    }
  }

  @Override
  public List<Settling> underWay(Collection<AllocationId> allocations, Instant now) {
    synchronized (db) {
      return allocations.stream().distinct()
          .filter(db.allocations::containsKey)
          .map(windows::get)
          .filter(Objects::nonNull)
          .filter(settling -> !settling.isOver(now))
          .toList();
    }
  }

  @Override
  public void remove(Settling settling) {
    synchronized (db) {
      windows.remove(settling.allocation(), settling);
    }
  }
}
