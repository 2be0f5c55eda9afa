package io.openipam.adapters.melange.block;

import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.http.Params;
import io.openipam.application.port.in.FindPools;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;

/**
 * Finds a block by id <em>and</em> the tenant of the URL, as every Melange lookup did: another
 * tenant's block is {@code IpBlock Not Found}, even for an operator who may see it (spec §5).
 */
@Singleton
public class TenantBlocks {

  private final FindPools pools;

  TenantBlocks(FindPools pools) {
    this.pools = pools;
  }

  /**
   * The URL's tenant as an owner. It holds no control character: what a client cannot read back
   * in XML is no tenant (the core refuses what is too long or blank).
   */
  public static TenantId tenantId(String tenant) {
    String problem = Params.unprintable("tenant_id", tenant);
    if (problem != null) {
      throw InvalidValues.of("tenant_id", problem);
    }
    return new TenantId(tenant);
  }

  public Pool owned(Principal caller, String tenant, String id) {
    Pool pool = pools.get(caller, poolId(id));
    return ownedBy(pool, tenant, id);
  }

  /** The same lookup on a snapshot at most a second old, for routes that allocate from the block. */
  public Pool recentlyOwned(Principal caller, String tenant, String id) {
    return ownedBy(pools.recent(caller, poolId(id)), tenant, id);
  }

  private static PoolId poolId(String id) {
    try {
      return new PoolId(id);
    } catch (Invalid notAnId) {
      throw new NotFound(NotFound.Kind.POOL, id);
    }
  }

  private static Pool ownedBy(Pool pool, String tenant, String id) {
    if (!pool.owner().value().equals(tenant)) {
      throw new NotFound(NotFound.Kind.POOL, id);
    }
    return pool;
  }
}
