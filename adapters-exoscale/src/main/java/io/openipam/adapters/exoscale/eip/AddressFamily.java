package io.openipam.adapters.exoscale.eip;

import io.openipam.adapters.exoscale.fault.ExoscaleError;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import java.util.Optional;

/**
 * {@code addressfamily}: an inet4 Elastic IP is one address (/32), an inet6 one a /96 of which
 * the first-plus-one address is forwarded (spec §2.1).
 */
enum AddressFamily {
  INET4("inet4", IpFamily.V4, 32),
  INET6("inet6", IpFamily.V6, 96);

  final String wire;
  final IpFamily family;
  final int unitLength;

  AddressFamily(String wire, IpFamily family, int unitLength) {
    this.wire = wire;
    this.family = family;
    this.unitLength = unitLength;
  }

  /** Strict, as the real API (spec §9.3): anything else is a 400 in Exoscale's enum wording. */
  static AddressFamily parse(String text) {
    for (AddressFamily candidate : values()) {
      if (candidate.wire.equals(text)) {
        return candidate;
      }
    }
    throw ExoscaleError.notOneOf(text, "addressfamily", "Elastic IP address family", "inet4", "inet6");
  }

  /** What an allocation is as an Elastic IP; empty when it is no unit an Elastic IP is made of. */
  static Optional<AddressFamily> of(Allocation allocation) {
    for (AddressFamily candidate : values()) {
      if (candidate.family == allocation.prefix().family() && candidate.unitLength == allocation.prefix().length()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
