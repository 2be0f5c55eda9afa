package io.openipam.application.port.in;

import io.openipam.domain.tenant.Credential;
import io.openipam.domain.tenant.Principal;
import java.util.Optional;

/** Turns what a client presents into the principal it stands for; the one place credentials live. */
public interface AuthenticateCaller {

  /** For dialects that send the key itself (a token). */
  Optional<Principal> byToken(String token);

  /** For dialects that send a key id and sign with its secret: the verifier needs the secret. */
  Optional<Credential> byKey(String keyId);
}
