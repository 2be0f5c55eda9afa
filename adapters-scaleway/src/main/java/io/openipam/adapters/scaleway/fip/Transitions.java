package io.openipam.adapters.scaleway.fip;

import io.openipam.adapters.scaleway.ScalewaySettings;
import io.openipam.adapters.scaleway.fault.ScalewayError;
import io.openipam.application.port.in.SettleChanges;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Settling;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The short asynchronous phases Scaleway clients poll through (spec §5): the core applies an
 * attach, detach or MAC change at once, and the FIP shows as {@code updating} or
 * {@code detaching} for {@code scaleway.settle-time} afterwards. The window is the core's
 * {@link Settling}, kept in the database: every server process shows the same status and
 * refuses a change meanwhile with 409 {@code transient_state}.
 */
@Singleton
class Transitions {

  private final SettleChanges settle;
  private final Duration settleTime;

  Transitions(SettleChanges settle, ScalewaySettings settings) {
    this.settle = settle;
    this.settleTime = settings.settleTime();
  }

  /** The status a FIP in that window shows; settled: attached or ready. */
  static String status(Allocation allocation, Settling settling) {
    if (settling == null) {
      return allocation.isAttached() ? "attached" : "ready";
    }
    return switch (settling.phase()) {
      case ATTACHING, RECONFIGURING -> "updating";
      case DETACHING, RELEASING -> "detaching";
    };
  }

  /**
   * Makes {@code change} after opening a window for each of {@code starting} (an allocation and
   * its phase); 409 if one is under way. The windows close again if the change fails.
   */
  <T> T during(List<Starting> starting, Supplier<T> change) {
    List<Settling> opened = new ArrayList<>();
    try {
      for (Starting start : starting) {
        SettleChanges.Opening opening = settle.begin(start.allocation().id(), start.phase(), start.leavingDevice(),
            settleTime);
        if (opening.refused()) {
          throw transientState(start.allocation(), opening.underWay());
        }
        opened.add(opening.opened());
      }
      return change.get();
    } catch (RuntimeException failed) {
      opened.forEach(settle::cancel);
      throw failed;
    }
  }

  /** A window to open: {@code leavingDevice} for a FIP leaving its server. */
  record Starting(Allocation allocation, Settling.Phase phase, String leavingDevice) {

    static Starting of(Allocation allocation, Settling.Phase phase) {
      return new Starting(allocation, phase, null);
    }

    static Starting leaving(Allocation allocation, Settling.Phase phase) {
      return new Starting(allocation, phase, allocation.attachment().deviceId());
    }
  }

  /** 409 while the FIP is in a transient status (spec §5). */
  void requireSettled(Allocation allocation) {
    Optional<Settling> underWay = settle.underWay(allocation.id());
    if (underWay.isPresent()) {
      throw transientState(allocation, underWay.get());
    }
  }

  Optional<Settling> current(AllocationId id) {
    return settle.underWay(id);
  }

  Map<AllocationId, Settling> current(Collection<AllocationId> ids) {
    return settle.underWay(ids);
  }

  private static ScalewayError transientState(Allocation allocation, Settling underWay) {
    return ScalewayError.transientState("flexible_ip", allocation.id().value(), status(allocation, underWay));
  }
}
