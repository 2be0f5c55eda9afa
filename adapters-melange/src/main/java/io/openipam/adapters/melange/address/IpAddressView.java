package io.openipam.adapters.melange.address;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import java.time.Instant;

/**
 * An allocation as Melange's {@code ip_address}: exactly nine fields (spec §4.2). IPv6 addresses
 * are written fully expanded, as Melange stored them. A released address has no lessee, device
 * or interface any more: Melange crashed rendering one, the recommended nulls are written instead.
 */
public record IpAddressView(
    String id,
    String ipBlockId,
    String address,
    int version,
    String usedByTenant,
    String usedByDevice,
    String interfaceId,
    Instant createdAt,
    Instant updatedAt) {

  public static IpAddressView of(Allocation allocation) {
    IpAddress address = allocation.address();
    boolean released = allocation.isReleased();
    return new IpAddressView(
        allocation.id().value(),
        allocation.pool().value(),
        address.toExpandedString(),
        address.family().version(),
        released ? null : allocation.lessee().value(),
        allocation.attachment() == null ? null : allocation.attachment().deviceId(),
        allocation.attachment() == null ? null : allocation.attachment().interfaceId(),
        allocation.createdAt(),
        allocation.updatedAt());
  }
}
