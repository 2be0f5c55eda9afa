package io.openipam.application.port.out;

import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.device.InterfaceId;
import java.util.List;

/** Which allocations an interface may hold besides its own. */
public interface AllowedAddressStore {

  /** Records the permission; recording it twice changes nothing. */
  void allow(InterfaceId nic, AllocationId allocation);

  /** Says whether there was such a permission. */
  boolean disallow(InterfaceId nic, AllocationId allocation);

  /** Ordered by allocation id. */
  List<AllocationId> allowedOn(InterfaceId nic);
}
