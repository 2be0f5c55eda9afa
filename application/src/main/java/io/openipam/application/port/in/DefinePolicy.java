package io.openipam.application.port.in;

import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.List;

/** Defines which addresses the pools that use a policy must not hand out. */
public interface DefinePolicy {

  record UnusableRangeSpec(long offset, long length) {}

  record NewPolicy(TenantId owner, String name, String description, List<UnusableRangeSpec> ranges,
      List<Integer> octets) {

    public NewPolicy {
      Text.check("name", name, 255);
      Text.check("description", description, 1024);
      ranges = ranges == null ? List.of() : List.copyOf(ranges);
      octets = octets == null ? List.of() : List.copyOf(octets);
    }
  }

  /** Policies of {@code owner}, ordered by id, after {@code afterId} when given. */
  record Query(TenantId owner, PolicyId afterId, int limit) {

    public Query {
      if (owner == null) {
        throw new IllegalArgumentException("a policy query names an owner");
      }
      limit = Math.clamp(limit, 1, 1000);
    }
  }

  Policy define(Principal caller, NewPolicy policy);

  Policy get(Principal caller, PolicyId id);

  List<Policy> list(Principal caller, Query query);
}
