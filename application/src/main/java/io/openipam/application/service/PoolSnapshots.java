package io.openipam.application.service;

import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pools as read a moment ago, so an allocation does not read its pool row every time. Safe
 * because what an allocation relies on either never changes (owner, prefix, unit) or is
 * enforced by the database whatever the snapshot says: a deleted or subdivided pool has no
 * cursor row, and every allocation insert needs it. Rule changes (gateway, policy) made by
 * another process take effect here within {@link #MAX_AGE_NANOS}; this process forgets a pool
 * as soon as it changes it.
 */
@Singleton
public class PoolSnapshots {

  static final long MAX_AGE_NANOS = 1_000_000_000L;

  private record Snapshot(Pool pool, long readAt) {}

  private final PoolStore pools;
  private final ConcurrentHashMap<PoolId, Snapshot> snapshots = new ConcurrentHashMap<>();

  public PoolSnapshots(PoolStore pools) {
    this.pools = pools;
  }

  /** The pool as read at most a second ago. */
  public Pool recent(PoolId id) {
    Snapshot snapshot = snapshots.get(id);
    if (snapshot != null && System.nanoTime() - snapshot.readAt() < MAX_AGE_NANOS) {
      return snapshot.pool();
    }
    return fresh(id).orElseThrow(() -> new NotFound(NotFound.Kind.POOL, id.value()));
  }

  /** The pool as it is now, remembered for the next allocations. */
  public Optional<Pool> fresh(PoolId id) {
    Optional<Pool> pool = pools.find(id);
    pool.ifPresentOrElse(found -> snapshots.put(id, new Snapshot(found, System.nanoTime())),
        () -> snapshots.remove(id));
    return pool;
  }

  public void forget(Collection<PoolId> ids) {
    ids.forEach(snapshots::remove);
  }
}
