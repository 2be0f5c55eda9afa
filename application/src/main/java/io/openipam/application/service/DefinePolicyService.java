package io.openipam.application.service;

import io.openipam.application.port.in.DefinePolicy;
import io.openipam.application.port.out.IdSource;
import io.openipam.application.port.out.PolicyStore;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.policy.UnusableOctet;
import io.openipam.domain.policy.UnusableRange;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Singleton
public class DefinePolicyService implements DefinePolicy {

  private final PolicyStore policies;
  private final VisiblePolicies visible;
  private final IdSource ids;
  private final Clock clock;

  public DefinePolicyService(PolicyStore policies, VisiblePolicies visible, IdSource ids, Clock clock) {
    this.policies = policies;
    this.visible = visible;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Policy define(Principal caller, NewPolicy request) {
    if (!caller.mayActFor(request.owner())) {
      throw new Forbidden("a tenant defines policies only for itself");
    }
    Instant now = clock.instant();
    Policy policy = new Policy(new PolicyId(ids.newId()), request.owner(), request.name(), request.description(),
        request.ranges().stream()
            .map(range -> new UnusableRange(ids.newId(), range.offset(), range.length(), now, now)).toList(),
        request.octets().stream().map(octet -> new UnusableOctet(ids.newId(), octet, now, now)).toList(),
        now, now);
    policies.insert(policy);
    return policy;
  }

  @Override
  public Policy get(Principal caller, PolicyId id) {
    return visible.policy(caller, id);
  }

  /** Another tenant's policies are as unknown as policies of no one: an empty list, not a refusal. */
  @Override
  public List<Policy> list(Principal caller, Query query) {
    if (!caller.mayActFor(query.owner())) {
      return List.of();
    }
    return policies.list(query.owner(), query.afterId(), query.limit());
  }
}
