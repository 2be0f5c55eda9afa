package io.openipam.adapters.melange.policy;

import io.openipam.domain.policy.Policy;
import java.time.Instant;

/** A {@code policy} on the wire: exactly Melange's six fields (spec §4.5). */
public record PolicyView(String id, String name, String description, String tenantId, Instant createdAt,
    Instant updatedAt) {

  static PolicyView of(Policy policy) {
    return new PolicyView(policy.id().value(), policy.name(), policy.description(), policy.owner().value(),
        policy.createdAt(), policy.updatedAt());
  }
}
