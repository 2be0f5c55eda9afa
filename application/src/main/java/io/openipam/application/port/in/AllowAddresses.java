package io.openipam.application.port.in;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.tenant.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Lets an interface hold, besides its own addresses, addresses allocated to other interfaces of
 * its tenant on its network (shared or virtual addresses). The interface must be one the caller
 * may see; the address must be allocated, leased to the interface's tenant, from a pool of the
 * network.
 */
public interface AllowAddresses {

  enum Outcome {
    ALLOWED,
    /** No allocated address of the interface's tenant is at that address in the network. */
    NO_SUCH_ADDRESS,
    /** The interface is not on that network (or on none). */
    INTERFACE_NOT_ON_NETWORK
  }

  /** What became of a permission asked for; the allocation when allowed. */
  record Result(Outcome outcome, Allocation allocation) {}

  Result allow(Principal caller, InterfaceId nic, NetworkId network, IpAddress address);

  /** The addresses explicitly allowed on the interface, by allocation id. */
  List<Allocation> allowedOn(Principal caller, InterfaceId nic);

  /** The address allowed on the interface at {@code address}, if it is. */
  Optional<Allocation> allowed(Principal caller, InterfaceId nic, IpAddress address);

  /** Says whether the address had been allowed. */
  boolean disallow(Principal caller, InterfaceId nic, IpAddress address);
}
