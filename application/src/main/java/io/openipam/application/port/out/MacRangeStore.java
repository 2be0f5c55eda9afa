package io.openipam.application.port.out;

import io.openipam.domain.address.MacAddress;
import io.openipam.domain.device.MacRange;
import io.openipam.domain.device.MacRangeId;
import java.util.List;
import java.util.Optional;

/**
 * Where MAC address ranges live, with what each has handed out: a cursor that only moves
 * forward, and the addresses that came back. Taking an address commits on its own, so two
 * processes never take the same one from a range; the interface store's unique key guards
 * against addresses clients named themselves.
 */
public interface MacRangeStore {

  void insert(MacRange range);

  Optional<MacRange> find(MacRangeId id);

  /** Every range, in creation order. */
  List<MacRange> list();

  /** Deletes the range; interfaces keep the addresses they took from it. Says whether it existed. */
  boolean delete(MacRangeId id);

  /** The range's lowest returned address, else its next unused one; empty when it has none left. */
  Optional<MacAddress> take(MacRange range);

  /** Returns an address to its range, unless the range is gone. */
  void giveBack(MacRangeId range, MacAddress mac);
}
