package io.openipam.application.port.in;

import io.openipam.domain.address.MacPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.tenant.Principal;

/**
 * Gives allocations virtual MAC addresses and shares them, under the rules of
 * {@link io.openipam.domain.allocation.MacSharing}.
 */
public interface AssignMac {

  /** A new MAC below {@code prefix}, held by no live allocation; it replaces any MAC the allocation had. */
  Allocation generate(Principal caller, AllocationId id, MacPrefix prefix);

  /** {@code target} takes the MAC of {@code source}; both must be attached to one device. */
  Allocation share(Principal caller, AllocationId target, AllocationId source);

  /** {@code to} takes the MAC of {@code from}, which gives it up; returns {@code to}. */
  Allocation move(Principal caller, AllocationId from, AllocationId to);

  /** Drops the allocation's MAC; others that shared it keep it. */
  Allocation remove(Principal caller, AllocationId id);
}
