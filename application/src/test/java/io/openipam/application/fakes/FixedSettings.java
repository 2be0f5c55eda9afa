package io.openipam.application.fakes;

import io.openipam.application.port.out.IpamSettings;
import io.openipam.domain.allocation.Retention;
import io.openipam.domain.tenant.TenantId;
import java.time.Duration;

/** Settings a test picks; the defaults are the shipped ones (2 days, 16 slots, tenant "operator"). */
public record FixedSettings(Retention retention, int leaseSize, TenantId operatorTenant) implements IpamSettings {

  public static final TenantId OPERATOR_TENANT = new TenantId("operator");

  public static FixedSettings defaults() {
    return new FixedSettings(new Retention(Duration.ofDays(2)), 16, OPERATOR_TENANT);
  }

  public FixedSettings withLeaseSize(int size) {
    return new FixedSettings(retention, size, operatorTenant);
  }

  public FixedSettings withRetention(Duration period) {
    return new FixedSettings(new Retention(period), leaseSize, operatorTenant);
  }
}
