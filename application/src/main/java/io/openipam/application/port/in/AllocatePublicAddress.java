package io.openipam.application.port.in;

import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;

/**
 * Leases an address (or prefix) from the operator's public pools of a location to the caller's
 * tenant: what Elastic IPs, Flexible IPs and external addresses are made of.
 */
public interface AllocatePublicAddress {

  /** {@code unitLength}: 32 or 128 for one address, 64 for an IPv6 /64, and so on. */
  Allocation allocate(Principal caller, LocationId location, IpFamily family, int unitLength,
      AllocationDetails details);
}
