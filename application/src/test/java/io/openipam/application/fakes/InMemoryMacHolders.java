package io.openipam.application.fakes;

import io.openipam.application.port.out.MacHolders;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import java.util.List;

/** The live allocations of the in-memory database that carry a MAC, ordered by id as the real store. */
public final class InMemoryMacHolders implements MacHolders {

  private final InMemoryDatabase db;

  public InMemoryMacHolders(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public List<AllocationId> holding(MacAddress mac) {
    synchronized (db) {
      return db.allocations.values().stream()
          .filter(allocation -> !allocation.isReleased() && mac.equals(allocation.mac()))
          .map(Allocation::id)
          .sorted((a, b) -> a.value().compareTo(b.value()))
          .toList();
    }
  }
}
