package io.openipam.adapters.melange.address;

import io.openipam.application.port.in.ConfigureInterface;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;

/**
 * Allocates an address of a block, as Melange's {@code POST .../ip_addresses} did (spec §5.3,
 * §6.6): the interface named by {@code interface_id} is found by its id and lessee, or created now
 * (with a MAC from the ranges when there are any); then the address asked for, else the next
 * one. An interface created by a request that then fails is removed again, where Melange left it
 * behind.
 *
 * <p>[I] A request without {@code interface_id} binds the address to no interface: it is leased
 * to the lessee, attached to {@code used_by_device} if given, and an IPv6 address is derived from
 * the body's {@code mac_address}. Melange shared one nameless interface per tenant between such
 * requests; the spec proposes a fresh interface or a required id. Without one, the route is a
 * single insert of the core's fast path, which is what a client that names no interface needs.
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
    if (request.interfaceId() == null) {
      InterfaceAddresses.Holder holder = new InterfaceAddresses.Holder(lessee,
          request.deviceId() == null ? null : Attachment.device(request.deviceId()), request.mac());
      return request.address() != null
          ? addresses.specific(caller, block, holder, request.address())
          : addresses.next(caller, block, holder);
    }
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
