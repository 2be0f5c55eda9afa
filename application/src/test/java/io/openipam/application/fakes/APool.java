package io.openipam.application.fakes;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.TenantId;
import java.time.Instant;

/**
 * Builds a pool record straight into a store, skipping the placement checks of CreatePool, for
 * tests about what happens once a pool exists. Single addresses, private, network and last
 * address reserved, unless told otherwise.
 */
public final class APool {

  private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");
  private static int made;

  private final IpPrefix prefix;
  private String id;
  private TenantId owner = new TenantId("alice");
  private int unitLength;
  private Visibility visibility = Visibility.PRIVATE;
  private NetworkId network;
  private LocationId location;
  private PoolId parent;
  private IpAddress gateway;
  private ReservedAddresses reserved = ReservedAddresses.NETWORK_AND_LAST;
  private PolicyId policy;

  private APool(String cidr) {
    this.prefix = IpPrefix.parse(cidr);
    this.unitLength = prefix.family().bits();
    this.id = "pool-" + (++made);
  }

  public static APool of(String cidr) {
    return new APool(cidr);
  }

  public APool id(String value) { id = value; return this; }

  public APool owner(TenantId value) { owner = value; return this; }

  public APool owner(String value) { owner = new TenantId(value); return this; }

  public APool unit(int value) { unitLength = value; return this; }

  public APool publicly() { visibility = Visibility.PUBLIC; return this; }

  public APool network(String value) { network = new NetworkId(value); return this; }

  public APool location(String value) { location = new LocationId(value); return this; }

  public APool parent(PoolId value) { parent = value; return this; }

  public APool gateway(String value) { gateway = IpAddress.parse(value); return this; }

  public APool reserved(ReservedAddresses value) { reserved = value; return this; }

  public APool policy(PolicyId value) { policy = value; return this; }

  public Pool build() {
    return new Pool(new PoolId(id), owner, prefix, unitLength, visibility, network, location, parent, gateway, null,
        reserved, policy, null, 0, CREATED, CREATED, 0);
  }

  /** Inserts the pool as the store would and returns it as stored. */
  public Pool in(InMemoryPools pools) {
    Pool pool = build();
    pools.insert(pool);
    return pools.find(pool.id()).orElseThrow();
  }
}
