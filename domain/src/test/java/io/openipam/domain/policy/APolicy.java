package io.openipam.domain.policy;

import io.openipam.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds policies for tests out of unusable ranges and octets. */
public final class APolicy {

  static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");

  private final List<UnusableRange> ranges = new ArrayList<>();
  private final List<UnusableOctet> octets = new ArrayList<>();

  private APolicy() {}

  public static APolicy of() {
    return new APolicy();
  }

  public APolicy range(long offset, long length) {
    ranges.add(new UnusableRange("range-" + ranges.size(), offset, length, AT, AT));
    return this;
  }

  public APolicy octet(int octet) {
    octets.add(new UnusableOctet("octet-" + octets.size(), octet, AT, AT));
    return this;
  }

  public Policy build() {
    return new Policy(new PolicyId("policy-1"), new TenantId("acme"), "test policy", null,
        ranges, octets, AT, AT);
  }
}
