package io.openipam.adapters.melange.nat;

import io.openipam.adapters.melange.block.TenantBlocks;
import io.openipam.adapters.melange.fault.MelangeFault;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;

/**
 * Finds an address of a block of the URL's tenant, as Melange's NAT routes did: the block by id
 * and tenant ({@code IpBlock Not Found}), then the address in it, in any IPv4 or IPv6 spelling
 * ({@code IpAddress Not Found}; text that is no address names none).
 */
@Singleton
class TenantAddresses {

  private final TenantBlocks blocks;
  private final FindAllocations allocations;

  TenantAddresses(TenantBlocks blocks, FindAllocations allocations) {
    this.blocks = blocks;
    this.allocations = allocations;
  }

  /** The address whatever its state: reading and unbinding work on a released one too. */
  Allocation find(Principal caller, String tenant, String blockId, String address) {
    Pool block = blocks.owned(caller, tenant, blockId);
    IpAddress parsed;
    try {
      parsed = IpAddress.parse(address.strip(), "address");
    } catch (RuntimeException notAnAddress) { // Invalid, or the IP library failing on odd text
      throw new NotFound(NotFound.Kind.ALLOCATION, address);
    }
    return allocations.getByAddress(caller, block.id(), parsed);
  }

  /** The address, which must be in use: a released one is {@code Address is locked} (422). */
  Allocation inUse(Principal caller, String tenant, String blockId, String address) {
    Allocation allocation = find(caller, tenant, blockId, address);
    if (allocation.isReleased()) {
      throw MelangeFault.unprocessable("Address is locked");
    }
    return allocation;
  }
}
