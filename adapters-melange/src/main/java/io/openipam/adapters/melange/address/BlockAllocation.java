package io.openipam.adapters.melange.address;

import io.openipam.adapters.melange.fault.MelangeFault;
import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.ConfigureInterface;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;

/**
 * Allocates an address of a block to an interface, as Melange's {@code POST .../ip_addresses}
 * did (spec §5.3, §6.2, §6.4, §6.6): the interface is found by its id and lessee, or created now
 * (with a MAC from the ranges when there are any); then the address asked for, else the next free
 * IPv4 address, else the lessee's and MAC's IPv6 address. An interface created by a request that
 * then fails is removed again, where Melange left it behind.
 *
 * <p>[I] A request without {@code interface_id} gets an interface of its own each time (Melange
 * shared one nameless interface per tenant between such requests).
 */
@Singleton
public class BlockAllocation {

  /** IPv6 candidates tried before giving up; Melange's stream never ended, but collisions are rare. */
  static final int IPV6_ATTEMPTS = 64;

  private final ConfigureInterface configure;
  private final AllocateFromPool allocate;

  BlockAllocation(ConfigureInterface configure, AllocateFromPool allocate) {
    this.configure = configure;
    this.allocate = allocate;
  }

  Allocation allocate(Principal caller, Pool block, AddressRequest request) {
    if (block.isSubdivided()) {
      throw new Conflict(Conflict.Reason.POOL_HAS_SUBPOOLS, "pool " + block.prefix() + " has sub-pools");
    }
    TenantId lessee = request.lessee() != null ? request.lessee() : block.owner();
    ConfigureInterface.Configured configured = configure.findOrCreate(caller, new ConfigureInterface.Wanted(
        request.interfaceId(), lessee, request.deviceId(), request.mac(), block.network()));
    try {
      return allocateTo(caller, block, configured.nic(), request.address());
    } catch (RuntimeException failed) {
      configure.undo(configured);
      throw failed;
    }
  }

  private Allocation allocateTo(Principal caller, Pool block, NetworkInterface nic, IpAddress address) {
    AllocationDetails details = new AllocationDetails(nic.tenant(), new Attachment(nic.deviceId(), nic.id().value()),
        nic.mac(), null, null, null, null);
    if (address != null) {
      return allocate.allocateSpecific(caller, block.id(), address, details);
    }
    if (block.prefix().family() == IpFamily.V4) {
      return allocate.allocateNext(caller, block.id(), details);
    }
    if (nic.mac() == null) {
      throw new MelangeFault(400, "Required params are missing: mac_address");
    }
    for (int step = 0; step < IPV6_ATTEMPTS; step++) {
      IpAddress candidate = TenantBasedIpv6.candidate(block.prefix(), nic.tenant(), nic.mac(), step);
      try {
        return allocate.allocateSpecific(caller, block.id(), candidate, details);
      } catch (Conflict taken) {
        if (taken.reason() != Conflict.Reason.ADDRESS_TAKEN && taken.reason() != Conflict.Reason.ADDRESS_RESERVED) {
          throw taken;
        }
        // held, the gateway or the last address: the next candidate
      } catch (Invalid excluded) {
        // [I] Melange applied no policy to IPv6 generation; here an excluded candidate is skipped too
        if (excluded.reason() != Invalid.Reason.ADDRESS_EXCLUDED_BY_POLICY) {
          throw excluded;
        }
      }
    }
    throw new MelangeFault(409, "Cannot allocate address for block " + block.id() + " at this time");
  }
}
