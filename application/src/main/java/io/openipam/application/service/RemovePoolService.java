package io.openipam.application.service;

import io.openipam.application.port.in.RemovePool;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

@Singleton
public class RemovePoolService implements RemovePool {

  private final VisibleResources visible;
  private final PoolStore pools;
  private final CandidateSlots candidates;
  private final PoolSnapshots snapshots;

  public RemovePoolService(VisibleResources visible, PoolStore pools, CandidateSlots candidates,
      PoolSnapshots snapshots) {
    this.visible = visible;
    this.pools = pools;
    this.candidates = candidates;
    this.snapshots = snapshots;
  }

  /** The parent of the removed pool may hand out addresses again: this process forgets it too. */
  @Override
  @Transactional
  public void remove(Principal caller, PoolId id) {
    Pool pool = visible.pool(caller, id);
    List<PoolId> removed = new ArrayList<>(pools.deleteTree(id));
    candidates.forget(removed);
    if (pool.parent() != null) {
      removed.add(pool.parent());
    }
    snapshots.forget(removed);
  }
}
