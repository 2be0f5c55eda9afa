package io.openipam.application.service;

import io.openipam.application.port.out.InterfaceStore;
import io.openipam.application.port.out.MacRangeStore;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.device.MacRange;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Exhausted;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Stores a new interface with its MAC address: the one asked for, else the next free one of the
 * ranges in creation order, else none when there is no range. The interface store's unique key
 * decides; a range address someone named for their own interface is skipped for good.
 */
@Singleton
public class MacAssignment {

  private final InterfaceStore interfaces;
  private final MacRangeStore ranges;

  public MacAssignment(InterfaceStore interfaces, MacRangeStore ranges) {
    this.interfaces = interfaces;
    this.ranges = ranges;
  }

  /** {@code nic} carries the MAC asked for, or none. */
  public NetworkInterface store(NetworkInterface nic) {
    if (nic.mac() != null) {
      check(interfaces.insert(nic), nic);
      return nic;
    }
    List<MacRange> all = ranges.list();
    if (all.isEmpty()) {
      check(interfaces.insert(nic), nic);
      return nic;
    }
    for (MacRange range : all) {
      Optional<MacAddress> candidate;
      while ((candidate = ranges.take(range)).isPresent()) {
        NetworkInterface withMac = new NetworkInterface(nic.id(), nic.tenant(), nic.deviceId(), candidate.get(),
            range.id(), nic.network(), nic.createdAt(), nic.updatedAt(), nic.version());
        InterfaceStore.Insert outcome = interfaces.insert(withMac);
        if (outcome == InterfaceStore.Insert.STORED) {
          return withMac;
        }
        if (outcome == InterfaceStore.Insert.ID_TAKEN) {
          ranges.giveBack(range.id(), candidate.get());
          check(outcome, nic);
        }
      }
    }
    throw new Exhausted(Exhausted.Scope.MAC_RANGES, "every range");
  }

  /** The interface is gone: a MAC it took from a range goes back there. */
  public void giveBack(NetworkInterface nic) {
    if (nic.mac() != null && nic.macRange() != null) {
      ranges.giveBack(nic.macRange(), nic.mac());
    }
  }

  private static void check(InterfaceStore.Insert outcome, NetworkInterface nic) {
    switch (outcome) {
      case STORED -> { }
      case ID_TAKEN -> throw new Conflict(Conflict.Reason.INTERFACE_TAKEN, "interface " + nic.id() + " already exists", nic.id().value());
      case MAC_TAKEN -> throw new Conflict(Conflict.Reason.MAC_TAKEN,
          "MAC address " + nic.mac() + " is held by another interface");
    }
  }
}
