package io.openipam.domain.tenant;

import java.util.Objects;

/** The authenticated caller: the tenant a credential stands for, and its role. */
public record Principal(TenantId tenant, Role role) {

  public Principal {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(role, "role");
  }

  public static Principal tenant(String tenant) {
    return new Principal(new TenantId(tenant), Role.TENANT);
  }

  public static Principal operator(String tenant) {
    return new Principal(new TenantId(tenant), Role.OPERATOR);
  }

  public boolean isOperator() {
    return role == Role.OPERATOR;
  }

  /** An operator acts for everyone; a tenant only for itself. */
  public boolean mayActFor(TenantId other) {
    return isOperator() || tenant.equals(other);
  }
}
