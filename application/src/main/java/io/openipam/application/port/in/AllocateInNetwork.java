package io.openipam.application.port.in;

import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.List;
import java.util.Set;

/**
 * Hands out at most one address per requested family across the pools of a network, trying
 * the pools in creation order and moving on only when one is exhausted. A failure other than
 * exhaustion gives back whatever was taken for an earlier family.
 */
public interface AllocateInNetwork {

  /** What to do when a family that has pools in the network has no free address. */
  enum Completeness {
    /** Hand out the families that have room; fail only when none has (Melange). */
    WHATEVER_IS_FREE,
    /** Every family with pools gets an address, or nothing is handed out (IPAMClaim). */
    EVERY_FAMILY_OR_NOTHING
  }

  /** {@code owner} is the tenant whose pools form the network; addresses come back IPv4 first. */
  List<Allocation> allocate(Principal caller, NetworkId network, TenantId owner, Set<IpFamily> families,
      Completeness completeness, AllocationDetails details);
}
