package io.openipam.application.port.out;

import io.openipam.domain.allocation.AllocationId;
import java.time.Instant;
import java.util.List;

/** Where the devices an allocation is bound to besides its own attachment live; they go with the allocation. */
public interface DeviceBindingStore {

  /** Stores the binding unless it is there already; throws NotFound (allocation) if the allocation is gone. */
  void insert(AllocationId allocation, String deviceId, Instant at);

  /** The bound devices, earliest bound first (then by device id). */
  List<String> devicesOf(AllocationId allocation);

  void delete(AllocationId allocation, String deviceId);

  void deleteAll(AllocationId allocation);
}
