package io.openipam.adapters.melange.address;

import io.openipam.adapters.melange.fault.MelangeFault;
import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.address.MacAddress;
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
 * Hands out an address of a block to a holder (an interface, or a lessee and device without
 * one): the next free IPv4 address, or the IPv6 address Melange derived from the lessee and the
 * MAC (spec §6.2, §6.4), or a named one.
 */
@Singleton
public class InterfaceAddresses {

  /** IPv6 candidates tried before giving up; Melange's stream never ended, but collisions are rare. */
  static final int IPV6_ATTEMPTS = 64;

  private final AllocateFromPool allocate;

  InterfaceAddresses(AllocateFromPool allocate) {
    this.allocate = allocate;
  }

  /** Who an address is for: the lessee, what it is attached to (may be null), the MAC (may be null). */
  public record Holder(TenantId lessee, Attachment attachment, MacAddress mac) {

    public static Holder of(NetworkInterface nic) {
      return new Holder(nic.tenant(), new Attachment(nic.deviceId(), nic.id().value()), nic.mac());
    }

    AllocationDetails details() {
      return new AllocationDetails(lessee, attachment, mac, null, null, null, null);
    }
  }

  public Allocation next(Principal caller, Pool block, NetworkInterface nic) {
    return next(caller, block, Holder.of(nic));
  }

  public Allocation specific(Principal caller, Pool block, NetworkInterface nic, IpAddress address) {
    return specific(caller, block, Holder.of(nic), address);
  }

  /** The next address; an exhausted IPv4 block throws the core's exhaustion. */
  public Allocation next(Principal caller, Pool block, Holder holder) {
    if (block.prefix().family() == IpFamily.V4) {
      return allocate.allocateNext(caller, block.id(), holder.details());
    }
    if (holder.mac() == null) {
      throw new MelangeFault(400, "Required params are missing: mac_address");
    }
    for (int step = 0; step < IPV6_ATTEMPTS; step++) {
      IpAddress candidate = TenantBasedIpv6.candidate(block.prefix(), holder.lessee(), holder.mac(), step);
      try {
        return allocate.allocateSpecific(caller, block.id(), candidate, holder.details());
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

  public Allocation specific(Principal caller, Pool block, Holder holder, IpAddress address) {
    return allocate.allocateSpecific(caller, block.id(), address, holder.details());
  }
}
