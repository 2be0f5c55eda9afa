package io.openipam.application.port.in;

import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.tenant.Principal;

/** Binds an allocation to a device or interface, or unbinds it. */
public interface AttachAllocation {

  /** Attaching to what it is already attached to changes nothing; to something else, re-attaches. */
  Allocation attach(Principal caller, AllocationId id, Attachment attachment);

  /** Detaching an unattached allocation changes nothing. */
  Allocation detach(Principal caller, AllocationId id);
}
