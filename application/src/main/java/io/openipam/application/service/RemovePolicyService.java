package io.openipam.application.service;

import io.openipam.application.port.in.RemovePolicy;
import io.openipam.application.port.out.PolicyStore;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;

@Singleton
public class RemovePolicyService implements RemovePolicy {

  private final PolicyStore policies;
  private final VisiblePolicies visible;
  private final PoolSnapshots snapshots;
  private final Clock clock;

  public RemovePolicyService(PolicyStore policies, VisiblePolicies visible, PoolSnapshots snapshots, Clock clock) {
    this.policies = policies;
    this.visible = visible;
    this.snapshots = snapshots;
    this.clock = clock;
  }

  /**
   * Another process may still hold a snapshot of a pool naming the removed policy: its allocator
   * finds no such policy and applies none, so the removal holds there from the next allocation too.
   */
  @Override
  @Transactional
  public void remove(Principal caller, PolicyId id) {
    visible.policy(caller, id);
    snapshots.forget(policies.delete(id, clock.instant()));
  }
}
