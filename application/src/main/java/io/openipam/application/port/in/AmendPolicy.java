package io.openipam.application.port.in;

import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.Principal;

/** Renames or re-describes a policy; its ranges and octets are changed through {@link ChangePolicyRules}. */
public interface AmendPolicy {

  /** What changes: a null field stays as it is. */
  record Amendment(String name, String description) {

    public Amendment {
      Text.check("name", name, 255);
      Text.check("description", description, 1024);
    }
  }

  Policy amend(Principal caller, PolicyId id, Amendment amendment);
}
