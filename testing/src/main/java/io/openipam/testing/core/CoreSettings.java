package io.openipam.testing.core;

import io.micronaut.context.annotation.Factory;
import io.openipam.application.port.out.IpamSettings;
import io.openipam.domain.allocation.Retention;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The clock and settings bootstrap gives the core in the server, as every facade's tests run the
 * real core without bootstrap: a clock that never answers the same instant twice, and leases of
 * one slot, so a test sees the next-free order exactly. Ids and credentials stay with each facade.
 */
@Factory
public class CoreSettings {

  public static final TenantId OPERATOR_TENANT = new TenantId("operator");

  @Singleton
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }

  @Singleton
  IpamSettings settings() {
    return new IpamSettings() {
      @Override
      public Retention retention() {
        return new Retention(Duration.ofDays(2));
      }

      @Override
      public int leaseSize() {
        return 1;
      }

      @Override
      public int leaseGrowth() {
        return 1;
      }

      @Override
      public TenantId operatorTenant() {
        return OPERATOR_TENANT;
      }
    };
  }
}
