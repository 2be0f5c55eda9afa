package io.openipam.application.fakes;

import io.openipam.application.port.out.AllocationStore;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.TenantId;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Allocations with the database's rules: unique (pool, address), a foreign key to the pool,
 * optimistic updates on the version column, and a delete that frees the slot.
 */
public final class InMemoryAllocations implements AllocationStore {

  private final InMemoryDatabase db;
  private final List<Runnable> beforeNextUpdate = new ArrayList<>();
  private final List<Runnable> afterNextReleasedBefore = new ArrayList<>();
  private final List<Runnable> afterNextInsert = new ArrayList<>();
  private int insertAttempts;

  public InMemoryAllocations(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public boolean insertIfFree(Allocation allocation) {
    synchronized (db) {
      insertAttempts++;
      if (!db.cursors.containsKey(allocation.pool())) {
        // like the real store: an allocation needs its pool's cursor row (gone when deleted or subdivided)
        throw new NotFound(NotFound.Kind.POOL, allocation.pool().value());
      }
      if (findByAddress(allocation.pool(), allocation.address()).isPresent()) {
        return false;
      }
      if (db.allocations.putIfAbsent(allocation.id(), allocation) != null) {
        throw new IllegalStateException("duplicate primary key: allocation " + allocation.id());
      }
      List<Runnable> interleaved = List.copyOf(afterNextInsert);
      afterNextInsert.clear();
      interleaved.forEach(Runnable::run);
      return true;
    }
  }

  @Override
  public Optional<Allocation> find(AllocationId id) {
    synchronized (db) {
      return Optional.ofNullable(db.allocations.get(id));
    }
  }

  @Override
  public Optional<Allocation> findByAddress(PoolId pool, IpAddress address) {
    synchronized (db) {
      return db.allocations.values().stream()
          .filter(allocation -> allocation.pool().equals(pool) && allocation.address().equals(address))
          .findFirst();
    }
  }

  @Override
  public boolean update(Allocation updated, long expectedVersion) {
    synchronized (db) {
      List<Runnable> interleaved = List.copyOf(beforeNextUpdate);
      beforeNextUpdate.clear();
      interleaved.forEach(Runnable::run);
      Allocation stored = db.allocations.get(updated.id());
      if (stored == null || stored.version() != expectedVersion) {
        return false;
      }
      db.allocations.put(updated.id(), updated);
      return true;
    }
  }

  @Override
  public List<Allocation> list(TenantId lessee, PoolId pool, AllocationState state, AllocationId afterId,
      int limit) {
    synchronized (db) {
      return db.allocations.values().stream()
          .filter(allocation -> lessee == null || allocation.lessee().equals(lessee))
          .filter(allocation -> pool == null || allocation.pool().equals(pool))
          .filter(allocation -> state == null || allocation.state() == state)
          .filter(allocation -> afterId == null || allocation.id().value().compareTo(afterId.value()) > 0)
          .sorted(Comparator.comparing(allocation -> allocation.id().value()))
          .limit(limit)
          .toList();
    }
  }

  @Override
  public boolean anyInPool(PoolId pool) {
    synchronized (db) {
      return db.allocations.values().stream().anyMatch(allocation -> allocation.pool().equals(pool));
    }
  }

  @Override
  public List<Allocation> releasedBefore(Instant cutoff, int limit) {
    synchronized (db) {
      List<Allocation> due = db.allocations.values().stream()
          .filter(allocation -> allocation.state() == AllocationState.RELEASED && !allocation.releasedAt().isAfter(cutoff))
          .sorted(Comparator.comparing(Allocation::releasedAt))
          .limit(limit)
          .toList();
      List<Runnable> interleaved = List.copyOf(afterNextReleasedBefore);
      afterNextReleasedBefore.clear();
      interleaved.forEach(Runnable::run);
      return due;
    }
  }

  @Override
  public boolean remove(Allocation allocation, BigInteger slot) {
    synchronized (db) {
      Allocation stored = db.allocations.get(allocation.id());
      if (stored == null || stored.version() != allocation.version()) {
        return false;
      }
      db.allocations.remove(allocation.id());
      db.freeSlot(allocation.pool(), slot);
      return true;
    }
  }

  /**
   * Test hook: runs {@code change} inside the next {@link #update}, after the caller read the
   * allocation and before the version check, as a concurrent writer would.
   */
  public void beforeNextUpdate(Runnable change) {
    synchronized (db) {
      beforeNextUpdate.add(change);
    }
  }

  /** Test hook: runs {@code change} right after the next successful {@link #insertIfFree}. */
  public void afterNextInsert(Runnable change) {
    synchronized (db) {
      afterNextInsert.add(change);
    }
  }

  /** Test hook: runs {@code change} once the next {@link #releasedBefore} has read its rows. */
  public void afterNextReleasedBefore(Runnable change) {
    synchronized (db) {
      afterNextReleasedBefore.add(change);
    }
  }

  /** Test hook: writes a row as another process would, bypassing every check. */
  public void overwrite(Allocation allocation) {
    synchronized (db) {
      db.allocations.put(allocation.id(), Objects.requireNonNull(allocation));
    }
  }

  public int insertAttempts() {
    synchronized (db) {
      return insertAttempts;
    }
  }

  public int size() {
    synchronized (db) {
      return db.allocations.size();
    }
  }
}
