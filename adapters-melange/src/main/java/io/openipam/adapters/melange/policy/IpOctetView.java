package io.openipam.adapters.melange.policy;

import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.policy.UnusableOctet;
import java.time.Instant;

/** An unusable octet as Melange's {@code ip_octet} (spec §4.5). */
public record IpOctetView(String id, int octet, String policyId, Instant createdAt, Instant updatedAt) {

  static IpOctetView of(PolicyId policy, UnusableOctet octet) {
    return new IpOctetView(octet.id(), octet.octet(), policy.value(), octet.createdAt(), octet.updatedAt());
  }
}
