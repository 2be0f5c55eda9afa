package io.openipam.application.fakes;

import io.openipam.application.port.out.IpamSettings;
import io.openipam.domain.allocation.Retention;
import io.openipam.domain.tenant.TenantId;
import java.time.Duration;

/**
 * Settings a test picks; the defaults are the shipped ones (2 days, 16 slots, tenant "operator")
 * except that leases do not grow, so tests see exact lease sizes.
 */
public record FixedSettings(Retention retention, int leaseSize, int leaseGrowth, TenantId operatorTenant)
    implements IpamSettings {

  public static final TenantId OPERATOR_TENANT = new TenantId("operator");

  public static FixedSettings defaults() {
    return new FixedSettings(new Retention(Duration.ofDays(2)), 16, 1, OPERATOR_TENANT);
  }

  public FixedSettings withLeaseSize(int size) {
    return new FixedSettings(retention, size, leaseGrowth, operatorTenant);
  }

  public FixedSettings withLeaseGrowth(int growth) {
    return new FixedSettings(retention, leaseSize, growth, operatorTenant);
  }

  public FixedSettings withRetention(Duration period) {
    return new FixedSettings(new Retention(period), leaseSize, leaseGrowth, operatorTenant);
  }
}
