package io.openipam.adapters.melange.policy;

import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.policy.UnusableRange;
import java.time.Instant;

/** An unusable range as Melange's {@code ip_range} (spec §4.5): offset and length are numbers. */
public record IpRangeView(String id, long offset, long length, String policyId, Instant createdAt,
    Instant updatedAt) {

  static IpRangeView of(PolicyId policy, UnusableRange range) {
    return new IpRangeView(range.id(), range.offset(), range.length(), policy.value(), range.createdAt(),
        range.updatedAt());
  }
}
