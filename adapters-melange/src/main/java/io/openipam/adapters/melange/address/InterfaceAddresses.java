package io.openipam.adapters.melange.address;

import io.openipam.adapters.melange.fault.MelangeFault;
import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;

/**
 * Hands out an address of a block to an interface, leased to the interface's tenant: the next
 * free IPv4 address, or the IPv6 address Melange derived from the tenant and the interface's MAC
 * (spec §6.2, §6.4), or a named one.
 */
@Singleton
public class InterfaceAddresses {

  /** IPv6 candidates tried before giving up; Melange's stream never ended, but collisions are rare. */
  static final int IPV6_ATTEMPTS = 64;

  private final AllocateFromPool allocate;

  InterfaceAddresses(AllocateFromPool allocate) {
    this.allocate = allocate;
  }

  /** The next address; an exhausted IPv4 block throws the core's exhaustion. */
  public Allocation next(Principal caller, Pool block, NetworkInterface nic) {
    if (block.prefix().family() == IpFamily.V4) {
      return allocate.allocateNext(caller, block.id(), details(nic));
    }
    if (nic.mac() == null) {
      throw new MelangeFault(400, "Required params are missing: mac_address");
    }
    for (int step = 0; step < IPV6_ATTEMPTS; step++) {
      IpAddress candidate = TenantBasedIpv6.candidate(block.prefix(), nic.tenant(), nic.mac(), step);
      try {
        return allocate.allocateSpecific(caller, block.id(), candidate, details(nic));
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

  public Allocation specific(Principal caller, Pool block, NetworkInterface nic, IpAddress address) {
    return allocate.allocateSpecific(caller, block.id(), address, details(nic));
  }

  private static AllocationDetails details(NetworkInterface nic) {
    return new AllocationDetails(nic.tenant(), new Attachment(nic.deviceId(), nic.id().value()), nic.mac(), null,
        null, null, null);
  }
}
