package io.openipam.domain.policy;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.tenant.TenantId;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Addresses a pool must not hand out, beyond its reserved edges and gateway. */
public record Policy(
    PolicyId id,
    TenantId owner,
    String name,
    String description,
    List<UnusableRange> ranges,
    List<UnusableOctet> octets,
    Instant createdAt,
    Instant updatedAt) {

  public Policy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    ranges = List.copyOf(ranges);
    octets = List.copyOf(octets);
  }

  /**
   * If a range excludes {@code position}, the first position after the furthest such range;
   * otherwise null. Lets next-free jump over a large range instead of walking it.
   */
  public BigInteger excludedUntil(BigInteger position, BigInteger size) {
    BigInteger until = null;
    for (UnusableRange range : ranges) {
      if (range.excludes(position, size)) {
        BigInteger end = range.end(size);
        until = until == null ? end : until.max(end);
      }
    }
    return until;
  }

  public boolean excludesOctet(IpAddress address) {
    if (octets.isEmpty()) {
      return false;
    }
    int last = address.lastGroup();
    for (UnusableOctet octet : octets) {
      if (octet.octet() == last) {
        return true;
      }
    }
    return false;
  }
}
