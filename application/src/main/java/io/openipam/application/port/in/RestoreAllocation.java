package io.openipam.application.port.in;

import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.tenant.Principal;

/** Takes a released allocation back out of quarantine, while its retention lasts. */
public interface RestoreAllocation {

  Allocation restore(Principal caller, AllocationId id);
}
