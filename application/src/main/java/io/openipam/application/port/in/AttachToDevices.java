package io.openipam.application.port.in;

import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.tenant.Principal;
import java.util.List;

/**
 * Binds an allocation to several devices at once: an address shared by instances, traffic to it
 * going to any of them. The first device is the allocation's own attachment, which every dialect
 * reads; the others are additional bindings. They count only as long as that attachment is the
 * one made here: a dialect that re-attaches, detaches or releases the allocation through
 * {@link AttachAllocation} or {@link ReleaseAllocation} leaves it bound to its one device or none.
 */
public interface AttachToDevices {

  /** Binding a device it is bound to already changes nothing. */
  Allocation attach(Principal caller, AllocationId id, String deviceId);

  /**
   * Unbinds one device; when that was the attachment, the earliest other binding becomes the
   * attachment. A device it is not bound to changes nothing.
   */
  Allocation detach(Principal caller, AllocationId id, String deviceId);

  /** Every device it is bound to, its attachment's device first; none when it is not attached. */
  List<String> devices(Principal caller, AllocationId id);
}
