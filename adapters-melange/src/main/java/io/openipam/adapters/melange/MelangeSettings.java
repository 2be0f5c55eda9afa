package io.openipam.adapters.melange;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.openipam.domain.address.IpPrefix;
import io.micronaut.core.annotation.Nullable;

/**
 * The {@code melange.*} settings (spec §10). A blank value counts as unset, so an environment
 * variable set to nothing switches a setting off.
 *
 * @param dns1 name server a new block gets when the request names none (Melange's {@code dns1})
 * @param dns2 the second one ({@code dns2})
 * @param anonymousToken the credential a request without {@code X-Auth-Token} acts with; unset
 *     (the default), such requests get 401. Nova Essex sends no token: point this at a credential
 *     of {@code ipam.credentials} to serve it.
 * @param defaultCidr the block a network gets when an interface is given addresses of a network
 *     that has none (Melange's {@code default_cidr}); unset (the default), such a network is not
 *     found
 */
@ConfigurationProperties("melange")
public record MelangeSettings(@Nullable String dns1, @Nullable String dns2, @Nullable String anonymousToken,
    @Nullable String defaultCidr) {

  public MelangeSettings {
    dns1 = unsetIfBlank(dns1);
    dns2 = unsetIfBlank(dns2);
    anonymousToken = unsetIfBlank(anonymousToken);
    defaultCidr = unsetIfBlank(defaultCidr);
    if (defaultCidr != null) {
      IpPrefix.parse(defaultCidr, "melange.default-cidr"); // a broken setting stops the start, not a request
    }
  }

  private static String unsetIfBlank(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
