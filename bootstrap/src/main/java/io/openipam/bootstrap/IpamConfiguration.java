package io.openipam.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.openipam.application.port.out.IpamSettings;
import io.openipam.domain.allocation.Retention;
import io.openipam.domain.tenant.TenantId;
import java.time.Duration;

/** The {@code ipam.*} settings of the core. */
@ConfigurationProperties("ipam")
public class IpamConfiguration implements IpamSettings {

  private Duration retention = Duration.ofDays(2);
  private int leaseSize = 16;
  private int leaseGrowth = 1;
  private String operatorTenant = "operator";

  @Override
  public Retention retention() {
    return new Retention(retention);
  }

  @Override
  public int leaseSize() {
    return leaseSize;
  }

  @Override
  public int leaseGrowth() {
    return leaseGrowth;
  }

  @Override
  public TenantId operatorTenant() {
    return new TenantId(operatorTenant);
  }

  public void setRetention(Duration retention) {
    this.retention = retention;
  }

  /** Slots an allocator leases at a time: more is faster under load; fewer keeps strict order across processes. */
  public void setLeaseSize(int leaseSize) {
    if (leaseSize < 1 || leaseSize > 1024) {
      throw new IllegalArgumentException("ipam.lease-size must be between 1 and 1024, not " + leaseSize);
    }
    this.leaseSize = leaseSize;
  }

  /** How far a busy pool's lease may grow, as a multiple of the lease size (1 to 64). */
  public void setLeaseGrowth(int leaseGrowth) {
    if (leaseGrowth < 1 || leaseGrowth > 64) {
      throw new IllegalArgumentException("ipam.lease-growth must be between 1 and 64, not " + leaseGrowth);
    }
    this.leaseGrowth = leaseGrowth;
  }

  public void setOperatorTenant(String operatorTenant) {
    this.operatorTenant = operatorTenant;
  }
}
