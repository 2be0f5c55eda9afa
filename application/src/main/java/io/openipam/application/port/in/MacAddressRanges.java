package io.openipam.application.port.in;

import io.openipam.domain.device.MacRange;
import io.openipam.domain.device.MacRangeId;
import io.openipam.domain.tenant.Principal;
import java.util.List;

/** The operator's MAC address ranges, which new interfaces take their MAC addresses from. */
public interface MacAddressRanges {

  /** {@code text}: a MAC address and a prefix length, {@code BC:76:4E:20:00:00/40}. */
  MacRange define(Principal caller, String text);

  MacRange get(Principal caller, MacRangeId id);

  /** In creation order, which is the order they hand out addresses in. */
  List<MacRange> list(Principal caller);

  /** Interfaces keep the addresses they took from the range. */
  void remove(Principal caller, MacRangeId id);
}
