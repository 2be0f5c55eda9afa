package io.openipam.application.service;

import io.openipam.application.port.out.PolicyStore;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;

/** Reads a policy on behalf of a caller: another tenant's policy is reported as not existing. */
@Singleton
public class VisiblePolicies {

  private final PolicyStore policies;

  public VisiblePolicies(PolicyStore policies) {
    this.policies = policies;
  }

  public Policy policy(Principal caller, PolicyId id) {
    return policies.find(id)
        .filter(policy -> caller.mayActFor(policy.owner()))
        .orElseThrow(() -> new NotFound(NotFound.Kind.POLICY, id.value()));
  }
}
