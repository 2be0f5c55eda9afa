package io.openipam.application.port.in;

import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.tenant.Principal;
import java.util.List;

/**
 * Attaches or detaches several allocations in one step, keeping allocations that share a MAC
 * together ({@link io.openipam.domain.allocation.MacSharing}). All change, or none.
 */
public interface AttachTogether {

  /** Refused when an allocation's MAC is shared with one not in {@code ids}. Duplicates count once. */
  List<Allocation> attach(Principal caller, List<AllocationId> ids, Attachment attachment);

  /** Members detached without the rest of their MAC group lose the MAC. */
  List<Allocation> detach(Principal caller, List<AllocationId> ids);
}
