package io.openipam.application.port.in;

import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.pool.NetworkId;
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

  /**
   * The pool an allocation the caller may see came from (as read at most a second ago): a lessee
   * sees the pool its address belongs to, as the dialects that describe an address's network show.
   */
  Pool holding(Principal caller, Allocation allocation);

  List<Pool> list(Principal caller, Query query);

  List<Pool> subpools(Principal caller, PoolId parent);

  /**
   * The pools {@code owner} has in a network, sub-pools and their parents alike, in creation
   * order. A network with none (or of an owner the caller may not act for) is not found.
   */
  List<Pool> inNetwork(Principal caller, NetworkId network, TenantId owner);
}
