package io.openipam.application.service;

import io.openipam.application.port.in.AmendPool;
import io.openipam.application.port.out.PolicyStore;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolPlacement;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Singleton
public class AmendPoolService implements AmendPool {

  private final PoolStore pools;
  private final PolicyStore policies;
  private final PoolSnapshots snapshots;
  private final Clock clock;

  public AmendPoolService(PoolStore pools, PolicyStore policies, PoolSnapshots snapshots, Clock clock) {
    this.pools = pools;
    this.policies = policies;
    this.snapshots = snapshots;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Pool amend(Principal caller, PoolId id, Amendment amendment) {
    Pool before = pools.findForUpdate(id)
        .filter(pool -> caller.mayActFor(pool.owner()))
        .orElseThrow(() -> new NotFound(NotFound.Kind.POOL, id.value()));
    NetworkId network = choose(amendment.network(), before.network());
    if (!Objects.equals(network, before.network())) {
      checkPlacementIn(network, before);
    }
    Pool after = before.amended(
        network,
        choose(amendment.policy(), before.policy()),
        choose(amendment.gateway(), before.gateway()),
        amendment.nameservers() == null ? before.nameservers() : amendment.nameservers(),
        choose(amendment.description(), before.description()),
        clock.instant());
    if (after.policy() != null && !after.policy().equals(before.policy())
        && policies.find(after.policy()).filter(policy -> caller.mayActFor(policy.owner())).isEmpty()) {
      throw new Invalid(Invalid.Reason.UNKNOWN_REFERENCE, "policy", "policy " + after.policy() + " does not exist",
          after.policy().value());
    }
    if (!pools.update(after, before.version())) {
      throw new Conflict(Conflict.Reason.STALE_VERSION, "pool " + id + " was changed by someone else; read it again");
    }
    snapshots.forget(List.of(id));
    return after;
  }

  /** Moving into a network is placing the pool there: same checks as a new pool, itself aside. */
  private void checkPlacementIn(NetworkId network, Pool pool) {
    Pool parent = pool.parent() == null ? null : pools.find(pool.parent()).orElse(null);
    if (network != null) {
      pools.lockPlacement("network:" + network.value());
    }
    PoolPlacement.check(pool.prefix(), pool.visibility(), network, new PoolPlacement.Neighbours(
        parent,
        false,
        List.of(),
        List.of(),
        network == null ? List.of() : pools.overlappingTopLevelInNetwork(network, pool.prefix()).stream()
            .filter(other -> !other.id().equals(pool.id())).toList(),
        network == null ? null : pools.visibilityOf(network).orElse(null)));
  }

  private static <T> T choose(Optional<T> requested, T current) {
    return requested == null ? current : requested.orElse(null);
  }
}
