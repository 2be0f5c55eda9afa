package io.openipam.application.service;

import io.openipam.application.port.in.RemovePool;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class RemovePoolService implements RemovePool {

  private final VisibleResources visible;
  private final PoolStore pools;
  private final CandidateSlots candidates;

  public RemovePoolService(VisibleResources visible, PoolStore pools, CandidateSlots candidates) {
    this.visible = visible;
    this.pools = pools;
    this.candidates = candidates;
  }

  @Override
  @Transactional
  public void remove(Principal caller, PoolId id) {
    visible.pool(caller, id);
    candidates.forget(pools.deleteTree(id));
  }
}
