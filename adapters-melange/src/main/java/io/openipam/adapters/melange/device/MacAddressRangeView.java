package io.openipam.adapters.melange.device;

import io.openipam.domain.device.MacRange;
import java.time.Instant;

/** A {@code mac_address_range} on the wire (spec §4.5): the cidr exactly as the client wrote it. */
public record MacAddressRangeView(String id, String cidr, Instant createdAt, Instant updatedAt) {

  static MacAddressRangeView of(MacRange range) {
    return new MacAddressRangeView(range.id().value(), range.text(), range.createdAt(), range.updatedAt());
  }
}
