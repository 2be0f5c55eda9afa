package io.openipam.application.port.in;

import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.Principal;

/**
 * Removes a policy with its ranges and octets. Pools that used it keep existing without a policy,
 * and hand out what it excluded from their next allocation on.
 */
public interface RemovePolicy {

  void remove(Principal caller, PolicyId id);
}
