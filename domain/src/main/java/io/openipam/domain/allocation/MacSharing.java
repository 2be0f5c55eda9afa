package io.openipam.domain.allocation;

import io.openipam.domain.error.Conflict;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Which allocations may carry one MAC address: several addresses routed to one virtual machine
 * share its interface's MAC, so allocations that share a MAC always keep one attachment (the
 * same device, or all unattached). A MAC is shared only between allocations already attached to
 * one device; a group moves between devices as a whole; a member detached alone leaves it.
 */
public final class MacSharing {

  private MacSharing() {}

  /** {@code target} may take the MAC of {@code source}: it has one, and both sit on one device. */
  public static void checkShare(Allocation source, Allocation target) {
    if (source.mac() == null) {
      throw new Conflict(Conflict.Reason.WRONG_STATE, "allocation " + source.id() + " has no MAC to share");
    }
    if (!source.isAttached() || !target.isAttached() || !sameDevice(source, target)) {
      throw new Conflict(Conflict.Reason.WRONG_STATE, "allocations " + source.id() + " and " + target.id()
          + " must be attached to the same device to share a MAC");
    }
  }

  /** {@code joiner} may take a MAC the allocations of {@code group} hold: it keeps their attachment. */
  public static void checkJoin(Allocation joiner, Collection<Allocation> group) {
    for (Allocation member : group) {
      if (!member.id().equals(joiner.id()) && !sameDevice(member, joiner)) {
        throw new Conflict(Conflict.Reason.WRONG_STATE, "allocation " + joiner.id() + " cannot take the MAC of "
            + member.id() + ": allocations sharing a MAC keep the same attachment");
      }
    }
  }

  /**
   * Allocations that change attachment together: every other holder of a MAC one of them carries
   * must be among them, or the group would be split.
   */
  public static void checkMovesWhole(Set<AllocationId> moving, Allocation member, Collection<AllocationId> sharers) {
    for (AllocationId sharer : sharers) {
      if (!moving.contains(sharer)) {
        throw new Conflict(Conflict.Reason.WRONG_STATE, "allocation " + member.id() + " shares its MAC with "
            + sharer + ": they change attachment together");
      }
    }
  }

  /** A member detached while others that share its MAC stay attached leaves the group: it loses the MAC. */
  public static boolean keepsMacWhenDetached(Set<AllocationId> detached, Collection<AllocationId> sharers) {
    return detached.containsAll(sharers);
  }

  private static boolean sameDevice(Allocation a, Allocation b) {
    return Objects.equals(deviceOf(a), deviceOf(b));
  }

  private static String deviceOf(Allocation allocation) {
    return allocation.isAttached() ? allocation.attachment().deviceId() : null;
  }
}
