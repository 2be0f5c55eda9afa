package io.openipam.application.port.out;

import io.openipam.domain.address.MacAddress;
import io.openipam.domain.allocation.AllocationId;
import java.util.List;

/** Which live (not released) allocations carry a MAC address. */
public interface MacHolders {

  List<AllocationId> holding(MacAddress mac);
}
