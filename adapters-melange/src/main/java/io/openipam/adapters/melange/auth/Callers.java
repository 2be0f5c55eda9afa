package io.openipam.adapters.melange.auth;

import io.micronaut.core.annotation.Nullable;
import io.openipam.adapters.melange.MelangeSettings;
import io.openipam.adapters.melange.fault.MelangeFault;
import io.openipam.application.port.in.AuthenticateCaller;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;

/**
 * Who is calling, from {@code X-Auth-Token}, and whether it may use the route (spec §9, the
 * optional auth mode made the rule): a tenant's token reaches that tenant's
 * {@code /tenants/{tenant_id}/...} routes only, an operator's reaches every route, the way
 * Melange let role {@code admin} everywhere. A missing or unknown token is 401, as Keystone's
 * middleware in front of Melange answered; another tenant's route is 403 with Melange's detail.
 */
@Singleton
public class Callers {

  public static final String TOKEN_HEADER = "X-Auth-Token";

  private final AuthenticateCaller authenticate;
  private final String anonymousToken;

  public Callers(AuthenticateCaller authenticate, MelangeSettings settings) {
    this.authenticate = authenticate;
    this.anonymousToken = settings.anonymousToken();
  }

  /** The caller of a route under {@code /tenants/{tenant}}: that tenant or an operator. */
  public Principal actingFor(@Nullable String token, String tenant) {
    Principal caller = authenticated(token);
    if (!caller.isOperator() && !caller.tenant().value().equals(tenant)) {
      throw new MelangeFault(403, "User with tenant id " + caller.tenant() + " cannot access this resource");
    }
    return caller;
  }

  /**
   * The caller of a route under no tenant that Melange's authorization kept for role admin
   * ({@code /ipam/allocated_ip_addresses}, {@code /ipam/interfaces}, {@code /ipam/instances},
   * {@code /ipam/mac_address_ranges}): an operator.
   */
  public Principal operator(@Nullable String token) {
    Principal caller = authenticated(token);
    if (!caller.isOperator()) {
      throw new MelangeFault(403, "User with tenant id " + caller.tenant() + " cannot access this resource");
    }
    return caller;
  }

  /** Any authenticated caller, for the documents that belong to no tenant (extensions). */
  public Principal authenticated(@Nullable String token) {
    String presented = token == null || token.isBlank() ? anonymousToken : token;
    return authenticate.byToken(presented).orElseThrow(() -> new MelangeFault(401, "Authentication required"));
  }
}
