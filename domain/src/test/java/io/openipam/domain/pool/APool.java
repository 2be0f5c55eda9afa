package io.openipam.domain.pool;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.tenant.TenantId;
import java.time.Instant;

/** Builds pools for tests: a prefix, and only the parts a test cares about. */
public final class APool {

  private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

  private final IpPrefix prefix;
  private String id = "pool-1";
  private int unitLength;
  private ReservedAddresses reserved = ReservedAddresses.LAST_ONLY;
  private IpAddress gateway;
  private Visibility visibility = Visibility.PRIVATE;
  private NetworkId network;
  private PoolId parent;
  private int subpoolCount;

  private APool(String cidr) {
    this.prefix = IpPrefix.parse(cidr);
    this.unitLength = prefix.family().bits();
  }

  /** A single-address pool that, like Melange, keeps only the last address back. */
  public static APool of(String cidr) {
    return new APool(cidr);
  }

  public APool id(String id) {
    this.id = id;
    return this;
  }

  public APool unit(int unitLength) {
    this.unitLength = unitLength;
    return this;
  }

  public APool reserved(ReservedAddresses reserved) {
    this.reserved = reserved;
    return this;
  }

  public APool gateway(String gateway) {
    this.gateway = IpAddress.parse(gateway);
    return this;
  }

  public APool publicly() {
    this.visibility = Visibility.PUBLIC;
    return this;
  }

  public APool privately() {
    this.visibility = Visibility.PRIVATE;
    return this;
  }

  public APool network(String network) {
    this.network = new NetworkId(network);
    return this;
  }

  public APool parent(Pool parent) {
    this.parent = parent.id();
    return this;
  }

  public APool subpools(int count) {
    this.subpoolCount = count;
    return this;
  }

  public Pool build() {
    return new Pool(new PoolId(id), new TenantId("acme"), prefix, unitLength, visibility, network,
        null, parent, gateway, null, reserved, null, null, subpoolCount, CREATED, CREATED, 1);
  }
}
