package io.openipam.application.service;

import io.openipam.application.port.in.AuthenticateCaller;
import io.openipam.application.port.out.CredentialDirectory;
import io.openipam.domain.tenant.Credential;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.Optional;

@Singleton
public class AuthenticateCallerService implements AuthenticateCaller {

  private final CredentialDirectory directory;

  public AuthenticateCallerService(CredentialDirectory directory) {
    this.directory = directory;
  }

  @Override
  public Optional<Principal> byToken(String token) {
    return token == null || token.isBlank() ? Optional.empty() : directory.find(token).map(Credential::principal);
  }

  @Override
  public Optional<Credential> byKey(String keyId) {
    return keyId == null || keyId.isBlank() ? Optional.empty() : directory.find(keyId);
  }
}
