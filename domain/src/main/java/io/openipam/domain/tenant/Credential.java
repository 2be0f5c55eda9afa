package io.openipam.domain.tenant;

import java.util.Objects;

/**
 * A key a client presents (a token, or an access key whose secret signs requests) and the
 * principal it stands for. The secret is kept for dialects that verify signatures.
 */
public record Credential(String key, String secret, Principal principal) {

  public Credential {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(principal, "principal");
  }
}
