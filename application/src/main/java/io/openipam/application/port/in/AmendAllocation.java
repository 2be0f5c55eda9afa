package io.openipam.application.port.in;

import io.openipam.domain.address.MacAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.HealthCheck;
import io.openipam.domain.allocation.Labels;
import io.openipam.domain.tenant.Principal;
import java.util.Optional;

/** Changes an allocation's descriptive parts; optimistic: a stale version is a conflict. */
public interface AmendAllocation {

  /**
   * A null field leaves that part as it is; {@code Optional.empty()} clears it.
   * {@code expectedVersion} null means "whatever the current version is".
   */
  record Amendment(
      Optional<String> description,
      Labels labels,
      Optional<String> reverseDns,
      Optional<HealthCheck> healthCheck,
      Optional<MacAddress> mac) {

    public Amendment {
      if (description != null) {
        description.ifPresent(text -> Text.check("description", text, 1024));
      }
      if (reverseDns != null) {
        reverseDns.ifPresent(text -> Text.check("reverse_dns", text, 255));
      }
    }
  }

  Allocation amend(Principal caller, AllocationId id, Long expectedVersion, Amendment amendment);
}
