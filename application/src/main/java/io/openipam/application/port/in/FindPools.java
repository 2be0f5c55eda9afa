package io.openipam.application.port.in;

import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.List;

/** Reads pools the caller may see: its tenant's own, or any for an operator. */
public interface FindPools {

  /** Top-level and sub-pools of {@code owner}, ordered by id, after {@code afterId} when given. */
  record Query(TenantId owner, Visibility visibility, PoolId afterId, int limit) {

    public Query {
      if (owner == null) {
        throw new IllegalArgumentException("a pool query names an owner");
      }
      limit = Math.clamp(limit, 1, 1000);
    }
  }

  Pool get(Principal caller, PoolId id);

  /**
   * The pool as read at most a second ago, for routes that allocate from it: its owner, prefix
   * and unit never change, and the store enforces the rest at allocation time.
   */
  Pool recent(Principal caller, PoolId id);

  List<Pool> list(Principal caller, Query query);

  List<Pool> subpools(Principal caller, PoolId parent);
}
