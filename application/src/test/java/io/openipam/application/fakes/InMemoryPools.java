package io.openipam.application.fakes;

import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.TenantId;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Pools in creation order; a sub-pool is counted under its parent. A pool that hands out
 * addresses has a cursor: subdividing a pool removes it (refused while the pool has
 * allocations), removing its last sub-pool gives it back.
 */
public final class InMemoryPools implements PoolStore {

  private final InMemoryDatabase db;
  private final List<String> locks = new ArrayList<>();

  public InMemoryPools(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public void insert(Pool pool) {
    synchronized (db) {
      if (db.pools.containsKey(pool.id())) {
        throw new IllegalStateException("duplicate primary key: pool " + pool.id());
      }
      if (pool.parent() != null && !db.pools.containsKey(pool.parent())) {
        throw new IllegalStateException("foreign key: no parent pool " + pool.parent());
      }
      if (pool.policy() != null && !db.policies.containsKey(pool.policy())) {
        throw new IllegalStateException("foreign key: no policy " + pool.policy());
      }
      if (pool.parent() != null && db.allocations.values().stream().anyMatch(a -> a.pool().equals(pool.parent()))) {
        // like the real store: the parent's cursor row cannot go while allocations point at it
        throw new Conflict(Conflict.Reason.POOL_HAS_ALLOCATIONS, "pool " + pool.parent() + " has allocations");
      }
      db.pools.put(pool.id(), pool);
      db.cursors.put(pool.id(), BigInteger.ZERO);
      if (pool.parent() != null) {
        db.cursors.remove(pool.parent());
        db.pools.computeIfPresent(pool.parent(), (id, parent) -> withSubpoolCount(parent, parent.subpoolCount() + 1));
      }
    }
  }

  @Override
  public Optional<Pool> find(PoolId id) {
    synchronized (db) {
      return Optional.ofNullable(db.pools.get(id));
    }
  }

  @Override
  public boolean update(Pool updated, long expectedVersion) {
    synchronized (db) {
      Pool stored = db.pools.get(updated.id());
      if (stored == null || stored.version() != expectedVersion) {
        return false;
      }
      db.pools.put(updated.id(), updated);
      return true;
    }
  }

  @Override
  public Optional<Pool> findForUpdate(PoolId id) {
    synchronized (db) {
      locks.add("pool:" + id.value());
      return find(id);
    }
  }

  @Override
  public void lockPlacement(String space) {
    synchronized (db) {
      locks.add(space);
    }
  }

  @Override
  public List<Pool> children(PoolId parent) {
    synchronized (db) {
      return inCreationOrder(pool -> parent.equals(pool.parent()));
    }
  }

  @Override
  public List<Pool> overlappingPublicTopLevel(IpPrefix prefix) {
    synchronized (db) {
      return db.pools.values().stream()
          .filter(pool -> pool.visibility() == Visibility.PUBLIC && pool.parent() == null
              && pool.prefix().family() == prefix.family() && pool.prefix().overlaps(prefix))
          .sorted(Comparator.comparing(pool -> pool.prefix().network()))
          .toList();
    }
  }

  @Override
  public List<Pool> overlappingTopLevelInNetwork(NetworkId network, IpPrefix prefix) {
    synchronized (db) {
      return db.pools.values().stream()
          .filter(pool -> network.equals(pool.network()) && pool.prefix().family() == prefix.family()
              && pool.prefix().overlaps(prefix) && isTopLevelInItsNetwork(pool))
          .sorted(Comparator.comparing(pool -> pool.prefix().network()))
          .toList();
    }
  }

  private boolean isTopLevelInItsNetwork(Pool pool) {
    if (pool.parent() == null) {
      return true;
    }
    Pool parent = db.pools.get(pool.parent());
    return parent == null || parent.network() == null || !parent.network().equals(pool.network());
  }

  @Override
  public Optional<Visibility> visibilityOf(NetworkId network) {
    synchronized (db) {
      return db.pools.values().stream().filter(pool -> network.equals(pool.network())).map(Pool::visibility).findFirst();
    }
  }

  @Override
  public List<Pool> inNetwork(NetworkId network, TenantId owner) {
    synchronized (db) {
      return inCreationOrder(pool -> network.equals(pool.network()) && pool.owner().equals(owner));
    }
  }

  @Override
  public List<Pool> leavesInNetwork(NetworkId network, TenantId owner) {
    synchronized (db) {
      return inCreationOrder(pool -> network.equals(pool.network()) && pool.owner().equals(owner)
          && pool.subpoolCount() == 0);
    }
  }

  @Override
  public List<Pool> publicLeaves(TenantId owner, LocationId location, IpFamily family, int unitLength) {
    synchronized (db) {
      return inCreationOrder(pool -> owner.equals(pool.owner()) && location.equals(pool.location())
          && pool.visibility() == Visibility.PUBLIC
          && pool.prefix().family() == family && pool.unitLength() == unitLength && pool.subpoolCount() == 0);
    }
  }

  @Override
  public List<Pool> list(TenantId owner, Visibility visibility, PoolId afterId, int limit) {
    synchronized (db) {
      Objects.requireNonNull(owner, "owner"); // the JDBC store reads owner.value() as well
      return db.pools.values().stream()
          .filter(pool -> pool.owner().equals(owner))
          .filter(pool -> visibility == null || pool.visibility() == visibility)
          .filter(pool -> afterId == null || pool.id().value().compareTo(afterId.value()) > 0)
          .sorted(Comparator.comparing(pool -> pool.id().value()))
          .limit(limit)
          .toList();
    }
  }

  @Override
  public List<PoolId> deleteTree(PoolId root) {
    synchronized (db) {
      Pool top = db.pools.get(root);
      if (top == null) {
        return List.of();
      }
      List<PoolId> tree = new ArrayList<>();
      Deque<PoolId> pending = new ArrayDeque<>(List.of(root));
      while (!pending.isEmpty()) {
        PoolId next = pending.poll();
        tree.add(next);
        children(next).forEach(child -> pending.add(child.id()));
      }
      for (PoolId id : tree) {
        db.allocations.values().removeIf(allocation -> allocation.pool().equals(id));
        db.pools.remove(id);
        db.cursors.remove(id);
        db.freeSlots.remove(id);
      }
      if (top.parent() != null) {
        Pool parent = db.pools.computeIfPresent(top.parent(),
            (id, found) -> withSubpoolCount(found, found.subpoolCount() - 1));
        if (parent != null && parent.subpoolCount() == 0) {
          db.cursors.put(parent.id(), BigInteger.ZERO);
        }
      }
      return tree;
    }
  }

  /** The placement spaces locked and the pools read for update, in order. */
  public List<String> locks() {
    synchronized (db) {
      return List.copyOf(locks);
    }
  }

  public int size() {
    synchronized (db) {
      return db.pools.size();
    }
  }

  private List<Pool> inCreationOrder(Predicate<Pool> filter) {
    return db.pools.values().stream().filter(filter).toList();
  }

  private static Pool withSubpoolCount(Pool pool, int count) {
    return new Pool(pool.id(), pool.owner(), pool.prefix(), pool.unitLength(), pool.visibility(), pool.network(),
        pool.location(), pool.parent(), pool.gateway(), pool.nameservers(), pool.reserved(), pool.policy(),
        pool.description(), count, pool.createdAt(), pool.updatedAt(), pool.version());
  }
}
