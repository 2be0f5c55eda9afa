package io.openipam.adapters.melange.address;

import io.openipam.application.port.in.ConfigureInterface;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;

/**
 * Allocates an address of a block to an interface, as Melange's {@code POST .../ip_addresses}
 * did (spec §5.3, §6.6): the interface is found by its id and lessee, or created now (with a MAC
 * from the ranges when there are any); then the address asked for, else the next one. An
 * interface created by a request that then fails is removed again, where Melange left it behind.
 *
 * <p>[I] A request without {@code interface_id} gets an interface of its own each time (Melange
 * shared one nameless interface per tenant between such requests).
 */
@Singleton
public class BlockAllocation {

  private final ConfigureInterface configure;
  private final InterfaceAddresses addresses;

  BlockAllocation(ConfigureInterface configure, InterfaceAddresses addresses) {
    this.configure = configure;
    this.addresses = addresses;
  }

  Allocation allocate(Principal caller, Pool block, AddressRequest request) {
    if (block.isSubdivided()) {
      throw new Conflict(Conflict.Reason.POOL_HAS_SUBPOOLS, "pool " + block.prefix() + " has sub-pools");
    }
    TenantId lessee = request.lessee() != null ? request.lessee() : block.owner();
    ConfigureInterface.Configured configured = configure.findOrCreate(caller, new ConfigureInterface.Wanted(
        request.interfaceId(), lessee, request.deviceId(), request.mac(), block.network()));
    try {
      return request.address() != null
          ? addresses.specific(caller, block, configured.nic(), request.address())
          : addresses.next(caller, block, configured.nic());
    } catch (RuntimeException failed) {
      configure.undo(configured);
      throw failed;
    }
  }
}
