package io.openipam.application.fakes;

import io.openipam.application.port.out.AllocationSearch;
import io.openipam.domain.allocation.Allocation;
import java.util.Comparator;
import java.util.List;

/** Searches the allocations of an in-memory database. */
public final class InMemoryAllocationSearch implements AllocationSearch {

  private final InMemoryDatabase db;

  public InMemoryAllocationSearch(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public List<Allocation> find(Criteria c) {
    synchronized (db) {
      return db.allocations.values().stream()
          .filter(a -> c.lessee() == null || a.lessee().equals(c.lessee()))
          .filter(a -> c.deviceId() == null || a.isAttached() && c.deviceId().equals(a.attachment().deviceId()))
          .filter(a -> c.interfaceId() == null || a.isAttached() && c.interfaceId().equals(a.attachment().interfaceId()))
          .filter(a -> c.address() == null || a.address().equals(c.address()))
          .filter(a -> c.state() == null || a.state() == c.state())
          .filter(a -> c.afterId() == null || a.id().value().compareTo(c.afterId().value()) > 0)
          .sorted(Comparator.comparing(a -> a.id().value()))
          .limit(c.limit())
          .toList();
    }
  }
}
