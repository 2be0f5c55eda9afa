package io.openipam.adapters.scaleway.support;

import io.micronaut.context.annotation.Factory;
import io.openipam.application.port.out.CredentialDirectory;
import io.openipam.application.port.out.IdSource;
import io.openipam.application.port.out.IpamSettings;
import io.openipam.domain.allocation.Retention;
import io.openipam.domain.tenant.Credential;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What bootstrap gives the core in the server, given here so the facade is tested on the real
 * core and store without depending on bootstrap. A key's tenant is its organization (see {@link Keys}).
 */
@Factory
class TestCore {

  private static final Map<String, Principal> KEYS = Map.of(
      Keys.KEY_A, Principal.tenant(Keys.ORG_A),
      Keys.KEY_B, Principal.tenant(Keys.ORG_B),
      Keys.OPERATOR, Principal.operator("operator"));

  @Singleton
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }

  @Singleton
  IdSource ids() {
    return () -> UUID.randomUUID().toString();
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
        return new TenantId("operator");
      }
    };
  }

  @Singleton
  CredentialDirectory credentials() {
    return key -> Optional.ofNullable(KEYS.get(key)).map(principal -> new Credential(key, null, principal));
  }
}
