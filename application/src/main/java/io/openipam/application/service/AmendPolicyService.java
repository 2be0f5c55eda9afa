package io.openipam.application.service;

import io.openipam.application.port.in.AmendPolicy;
import io.openipam.application.port.out.PolicyStore;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;

@Singleton
public class AmendPolicyService implements AmendPolicy {

  private final PolicyStore policies;
  private final VisiblePolicies visible;
  private final Clock clock;

  public AmendPolicyService(PolicyStore policies, VisiblePolicies visible, Clock clock) {
    this.policies = policies;
    this.visible = visible;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Policy amend(Principal caller, PolicyId id, Amendment amendment) {
    Policy current = visible.policy(caller, id);
    Policy amended = new Policy(current.id(), current.owner(),
        amendment.name() == null ? current.name() : amendment.name(),
        amendment.description() == null ? current.description() : amendment.description(),
        current.ranges(), current.octets(), current.createdAt(), clock.instant());
    policies.update(amended);
    return amended;
  }
}
