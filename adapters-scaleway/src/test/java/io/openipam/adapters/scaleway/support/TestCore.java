package io.openipam.adapters.scaleway.support;

import io.micronaut.context.annotation.Factory;
import io.openipam.application.port.out.CredentialDirectory;
import io.openipam.application.port.out.IdSource;
import io.openipam.domain.tenant.Credential;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What bootstrap gives the core in the server, given here so the facade is tested on the real core
 * and store without depending on bootstrap (its clock and settings: testing's CoreSettings). A
 * key's tenant is its organization (see {@link Keys}).
 */
@Factory
class TestCore {

  private static final Map<String, Principal> KEYS = Map.of(
      Keys.KEY_A, Principal.tenant(Keys.ORG_A),
      Keys.KEY_B, Principal.tenant(Keys.ORG_B),
      Keys.OPERATOR, Principal.operator("operator"));

  @Singleton
  IdSource ids() {
    return () -> UUID.randomUUID().toString();
  }

  @Singleton
  CredentialDirectory credentials() {
    return key -> Optional.ofNullable(KEYS.get(key)).map(principal -> new Credential(key, null, principal));
  }
}
