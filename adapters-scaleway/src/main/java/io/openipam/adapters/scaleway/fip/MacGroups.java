package io.openipam.adapters.scaleway.fip;

import io.openipam.adapters.scaleway.fault.ScalewayError;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Spec §4.6/§7: FIPs of a MAC group are attached alone, all listed FIPs in that one group. The
 * core refuses a partial group (its members change attachment together); this facade also
 * refuses a group listed with any other FIP: 412 {@code precondition_failed} [I].
 */
final class MacGroups {

  private MacGroups() {}

  /** A MAC held by two listed FIPs makes them a group: then every listed FIP must hold it. */
  static void requireOneGroup(List<Allocation> listed) {
    Map<AllocationId, Allocation> distinct = new LinkedHashMap<>();
    listed.forEach(fip -> distinct.putIfAbsent(fip.id(), fip));
    Map<MacAddress, Integer> holders = new LinkedHashMap<>();
    distinct.values().stream().map(Allocation::mac).filter(Objects::nonNull)
        .forEach(mac -> holders.merge(mac, 1, Integer::sum));
    holders.forEach((mac, count) -> {
      if (count < 2) {
        return;
      }
      for (Allocation fip : distinct.values()) {
        if (!mac.equals(fip.mac())) {
          throw ScalewayError.preconditionFailed("unknown_precondition", "flexible IP " + fip.id().value()
              + " is not in the MAC group of " + mac + ": attach the FIPs of a MAC group alone, all together");
        }
      }
    });
  }
}
