package io.openipam.application.port.out;

import io.openipam.domain.tenant.Credential;
import java.util.Optional;

/** Where credentials are kept (configuration for now). */
public interface CredentialDirectory {

  Optional<Credential> find(String key);
}
