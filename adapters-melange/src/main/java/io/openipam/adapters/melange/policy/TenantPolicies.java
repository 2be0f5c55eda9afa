package io.openipam.adapters.melange.policy;

import io.openipam.application.port.in.DefinePolicy;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;

/**
 * Finds a policy by id <em>and</em> the tenant of the URL, as Melange did: another tenant's policy
 * is {@code Policy Not Found}, for an operator too (spec §5, §5.5).
 */
@Singleton
class TenantPolicies {

  private final DefinePolicy policies;

  TenantPolicies(DefinePolicy policies) {
    this.policies = policies;
  }

  Policy owned(Principal caller, String tenant, String id) {
    PolicyId policyId;
    try {
      policyId = new PolicyId(id);
    } catch (Invalid notAnId) {
      throw new NotFound(NotFound.Kind.POLICY, id);
    }
    Policy policy = policies.get(caller, policyId);
    if (!policy.owner().value().equals(tenant)) {
      throw new NotFound(NotFound.Kind.POLICY, id);
    }
    return policy;
  }
}
