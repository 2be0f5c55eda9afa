package io.openipam.bootstrap;

import io.openipam.application.port.out.CredentialDirectory;
import io.openipam.domain.tenant.Credential;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.Role;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Credentials from {@code ipam.credentials}: the one place that says which key acts for which tenant. */
@Singleton
public class ConfiguredCredentials implements CredentialDirectory {

  private final Map<String, Credential> byKey = new HashMap<>();

  public ConfiguredCredentials(List<CredentialEntry> entries) {
    for (CredentialEntry entry : entries) {
      if (entry.getKey() == null || entry.getKey().isBlank() || entry.getTenant() == null) {
        throw new IllegalArgumentException("each ipam.credentials entry needs a key and a tenant");
      }
      Role role = Role.valueOf(entry.getRole().toUpperCase(Locale.ROOT));
      Credential credential = new Credential(entry.getKey(), entry.getSecret(),
          new Principal(new TenantId(entry.getTenant()), role));
      if (byKey.put(entry.getKey(), credential) != null) {
        throw new IllegalArgumentException("ipam.credentials has the key " + entry.getKey() + " twice");
      }
    }
  }

  @Override
  public Optional<Credential> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }
}
