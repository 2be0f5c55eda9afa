package io.openipam.application.service;

import io.openipam.application.port.in.MacAddressRanges;
import io.openipam.application.port.out.IdSource;
import io.openipam.application.port.out.MacRangeStore;
import io.openipam.domain.device.MacRange;
import io.openipam.domain.device.MacRangeId;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** MAC ranges belong to no tenant: only an operator manages them. */
@Singleton
public class MacAddressRangesService implements MacAddressRanges {

  private final MacRangeStore ranges;
  private final IdSource ids;
  private final Clock clock;

  public MacAddressRangesService(MacRangeStore ranges, IdSource ids, Clock clock) {
    this.ranges = ranges;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public MacRange define(Principal caller, String text) {
    checkOperator(caller);
    MacRange range = MacRange.define(new MacRangeId(ids.newId()), text, clock.instant());
    ranges.insert(range);
    return range;
  }

  @Override
  public MacRange get(Principal caller, MacRangeId id) {
    checkOperator(caller);
    return ranges.find(id).orElseThrow(() -> new NotFound(NotFound.Kind.MAC_RANGE, id.value()));
  }

  @Override
  public List<MacRange> list(Principal caller) {
    checkOperator(caller);
    return ranges.list();
  }

  @Override
  public void remove(Principal caller, MacRangeId id) {
    checkOperator(caller);
    if (!ranges.delete(id)) {
      throw new NotFound(NotFound.Kind.MAC_RANGE, id.value());
    }
  }

  private static void checkOperator(Principal caller) {
    if (!caller.isOperator()) {
      throw new Forbidden("only an operator manages MAC address ranges");
    }
  }
}
