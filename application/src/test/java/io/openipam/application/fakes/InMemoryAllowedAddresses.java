package io.openipam.application.fakes;

import io.openipam.application.port.out.AllowedAddressStore;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.device.InterfaceId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Permissions by interface, ordered by allocation id. */
public final class InMemoryAllowedAddresses implements AllowedAddressStore {

  private final Map<InterfaceId, TreeSet<String>> rows = new HashMap<>();

  @Override
  public synchronized void allow(InterfaceId nic, AllocationId allocation) {
    rows.computeIfAbsent(nic, id -> new TreeSet<>()).add(allocation.value());
  }

  @Override
  public synchronized boolean disallow(InterfaceId nic, AllocationId allocation) {
    TreeSet<String> allowed = rows.get(nic);
    return allowed != null && allowed.remove(allocation.value());
  }

  @Override
  public synchronized List<AllocationId> allowedOn(InterfaceId nic) {
    return rows.getOrDefault(nic, new TreeSet<>()).stream().map(AllocationId::new).toList();
  }
}
