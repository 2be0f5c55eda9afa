package io.openipam.application.port.in;

import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.tenant.Principal;

/**
 * Soft release: the allocation is kept in quarantine for the configured retention, blocking its
 * address and restorable, until the purge returns the address to its pool.
 */
public interface ReleaseAllocation {

  enum WhenAttached {
    /** Release and drop the attachment (Melange deallocation). */
    DETACH,
    /** Refuse with a conflict (deleting an attached Elastic IP). */
    REFUSE
  }

  Allocation release(Principal caller, AllocationId id, WhenAttached whenAttached);
}
