package io.openipam.application.service;

import io.openipam.application.port.in.ChangePolicyRules;
import io.openipam.application.port.in.DefinePolicy.UnusableRangeSpec;
import io.openipam.application.port.out.IdSource;
import io.openipam.application.port.out.PolicyStore;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.policy.UnusableOctet;
import io.openipam.domain.policy.UnusableRange;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Allocators read a pool's policy afresh for every allocation, so nothing here needs to tell them
 * about a change.
 */
@Singleton
public class ChangePolicyRulesService implements ChangePolicyRules {

  private final PolicyStore policies;
  private final VisiblePolicies visible;
  private final IdSource ids;
  private final Clock clock;

  public ChangePolicyRulesService(PolicyStore policies, VisiblePolicies visible, IdSource ids, Clock clock) {
    this.policies = policies;
    this.visible = visible;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  @Transactional
  public UnusableRange addRange(Principal caller, PolicyId policy, UnusableRangeSpec spec) {
    visible.policy(caller, policy);
    Instant now = clock.instant();
    UnusableRange range = new UnusableRange(ids.newId(), spec.offset(), spec.length(), now, now);
    policies.insertRange(policy, range);
    return range;
  }

  @Override
  public UnusableRange range(Principal caller, PolicyId policy, String rangeId) {
    return rangeOf(visible.policy(caller, policy), rangeId);
  }

  @Override
  @Transactional
  public UnusableRange amendRange(Principal caller, PolicyId policy, String rangeId, Long offset, Long length) {
    UnusableRange current = rangeOf(visible.policy(caller, policy), rangeId);
    UnusableRange amended = current.amended(offset == null ? current.offset() : offset,
        length == null ? current.length() : length, clock.instant());
    if (!policies.updateRange(policy, amended)) {
      throw rangeNotFound(rangeId);
    }
    return amended;
  }

  @Override
  @Transactional
  public void removeRange(Principal caller, PolicyId policy, String rangeId) {
    visible.policy(caller, policy);
    if (!policies.deleteRange(policy, rangeId)) {
      throw rangeNotFound(rangeId);
    }
  }

  @Override
  @Transactional
  public UnusableOctet addOctet(Principal caller, PolicyId policy, int value) {
    visible.policy(caller, policy);
    Instant now = clock.instant();
    UnusableOctet octet = new UnusableOctet(ids.newId(), value, now, now);
    policies.insertOctet(policy, octet);
    return octet;
  }

  @Override
  public UnusableOctet octet(Principal caller, PolicyId policy, String octetId) {
    return octetOf(visible.policy(caller, policy), octetId);
  }

  @Override
  @Transactional
  public UnusableOctet amendOctet(Principal caller, PolicyId policy, String octetId, Integer value) {
    UnusableOctet current = octetOf(visible.policy(caller, policy), octetId);
    UnusableOctet amended = current.amended(value == null ? current.octet() : value, clock.instant());
    if (!policies.updateOctet(policy, amended)) {
      throw octetNotFound(octetId);
    }
    return amended;
  }

  @Override
  @Transactional
  public void removeOctet(Principal caller, PolicyId policy, String octetId) {
    visible.policy(caller, policy);
    if (!policies.deleteOctet(policy, octetId)) {
      throw octetNotFound(octetId);
    }
  }

  private static UnusableRange rangeOf(Policy policy, String rangeId) {
    return policy.ranges().stream().filter(range -> range.id().equals(rangeId)).findFirst()
        .orElseThrow(() -> rangeNotFound(rangeId));
  }

  private static UnusableOctet octetOf(Policy policy, String octetId) {
    return policy.octets().stream().filter(octet -> octet.id().equals(octetId)).findFirst()
        .orElseThrow(() -> octetNotFound(octetId));
  }

  private static NotFound rangeNotFound(String id) {
    return new NotFound(NotFound.Kind.UNUSABLE_RANGE, id);
  }

  private static NotFound octetNotFound(String id) {
    return new NotFound(NotFound.Kind.UNUSABLE_OCTET, id);
  }
}
