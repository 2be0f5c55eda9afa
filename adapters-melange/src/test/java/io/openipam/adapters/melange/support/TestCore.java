package io.openipam.adapters.melange.support;

import io.micronaut.context.annotation.Factory;
import io.openipam.application.port.out.CredentialDirectory;
import io.openipam.application.port.out.IdSource;
import io.openipam.domain.tenant.Credential;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * What bootstrap gives the core in the server, given here so the facade is tested on the real core
 * and store without depending on bootstrap (its clock and settings: testing's CoreSettings).
 * Credentials: {@value Tokens#OPERATOR} is an operator, and {@code tenant:<t>} is a token of
 * tenant {@code <t>}, so each test can use tenants of its own.
 */
@Factory
class TestCore {

  /** Random UUIDs, as Melange made them: list order by id is then unrelated to creation order. */
  @Singleton
  IdSource ids() {
    return () -> UUID.randomUUID().toString();
  }

  @Singleton
  CredentialDirectory credentials() {
    return key -> {
      if (Tokens.OPERATOR.equals(key)) {
        return Optional.of(new Credential(key, null, Principal.operator("operator")));
      }
      if (key.startsWith(Tokens.TENANT_PREFIX) && key.length() > Tokens.TENANT_PREFIX.length()) {
        return Optional.of(new Credential(key, null, Principal.tenant(key.substring(Tokens.TENANT_PREFIX.length()))));
      }
      return Optional.empty();
    };
  }
}
