package io.openipam.application.port.in;

import io.openipam.application.port.in.DefinePolicy.UnusableRangeSpec;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.policy.UnusableOctet;
import io.openipam.domain.policy.UnusableRange;
import io.openipam.domain.tenant.Principal;

/**
 * Adds, reads, changes and removes the unusable ranges and octets of a policy, one at a time.
 * Every pool that uses the policy honours a change from its next allocation on. A range or octet
 * is found only under its own policy.
 */
public interface ChangePolicyRules {

  UnusableRange addRange(Principal caller, PolicyId policy, UnusableRangeSpec range);

  UnusableRange range(Principal caller, PolicyId policy, String rangeId);

  /** A null offset or length stays as it is. */
  UnusableRange amendRange(Principal caller, PolicyId policy, String rangeId, Long offset, Long length);

  void removeRange(Principal caller, PolicyId policy, String rangeId);

  UnusableOctet addOctet(Principal caller, PolicyId policy, int octet);

  UnusableOctet octet(Principal caller, PolicyId policy, String octetId);

  /** A null octet stays as it is. */
  UnusableOctet amendOctet(Principal caller, PolicyId policy, String octetId, Integer octet);

  void removeOctet(Principal caller, PolicyId policy, String octetId);
}
