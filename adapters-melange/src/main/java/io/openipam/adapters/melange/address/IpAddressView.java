package io.openipam.adapters.melange.address;

import io.openipam.domain.allocation.Allocation;
import java.time.Instant;

/**
 * An {@code ip_address} on the wire: exactly Melange's 9 fields (spec §4.2). The address is
 * written expanded (IPv6 in full, zero-padded), as Melange stored it. {@code used_by_tenant} is
 * the lessee; {@code used_by_device} and {@code interface_id} come from the attachment. A
 * deallocated address has no interface link, and Melange failed to render one (a 500): here its
 * three interface fields are null, as the spec recommends [I].
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
    boolean attached = allocation.isAttached();
    return new IpAddressView(
        allocation.id().value(),
        allocation.pool().value(),
        allocation.address().toExpandedString(),
        allocation.address().family().version(),
        allocation.isReleased() ? null : allocation.lessee().value(),
        attached ? allocation.attachment().deviceId() : null,
        attached ? allocation.attachment().interfaceId() : null,
        allocation.createdAt(),
        allocation.updatedAt());
  }
}
