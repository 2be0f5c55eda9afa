package io.openipam.application.port.in;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.pool.Nameservers;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.Principal;
import java.util.Optional;

/**
 * Changes what may change about a pool: its network, policy, gateway, name servers and
 * description. Its prefix, owner, unit and parent never change. A new network is checked like a
 * new pool's placement.
 */
public interface AmendPool {

  /** A null field leaves that part as it is; {@code Optional.empty()} clears it. */
  record Amendment(
      Optional<NetworkId> network,
      Optional<PolicyId> policy,
      Optional<IpAddress> gateway,
      Nameservers nameservers,
      Optional<String> description) {

    public Amendment {
      if (description != null) {
        description.ifPresent(text -> Text.check("description", text, 1024));
      }
    }
  }

  Pool amend(Principal caller, PoolId id, Amendment amendment);
}
