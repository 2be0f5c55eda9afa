package io.openipam.application.fakes;

import io.openipam.application.port.out.CredentialDirectory;
import io.openipam.domain.tenant.Credential;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Credentials by key, as configuration lists them. */
public final class InMemoryCredentials implements CredentialDirectory {

  private final Map<String, Credential> byKey = new HashMap<>();

  public InMemoryCredentials with(Credential credential) {
    byKey.put(credential.key(), credential);
    return this;
  }

  @Override
  public Optional<Credential> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }
}
