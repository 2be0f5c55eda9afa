package io.openipam.application.fakes;

import io.openipam.application.port.out.InterfaceStore;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Interfaces with the database's rules: unique ids, unique MAC addresses, optimistic updates. */
public final class InMemoryInterfaces implements InterfaceStore {

  /** In creation order. */
  private final Map<InterfaceId, NetworkInterface> rows = new LinkedHashMap<>();

  @Override
  public synchronized Insert insert(NetworkInterface nic) {
    if (rows.containsKey(nic.id())) {
      return Insert.ID_TAKEN;
    }
    if (nic.mac() != null && rows.values().stream().anyMatch(other -> nic.mac().equals(other.mac()))) {
      return Insert.MAC_TAKEN;
    }
    rows.put(nic.id(), nic);
    return Insert.STORED;
  }

  @Override
  public synchronized Optional<NetworkInterface> find(InterfaceId id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public synchronized List<NetworkInterface> ofDevice(String deviceId) {
    return rows.values().stream().filter(nic -> Objects.equals(nic.deviceId(), deviceId)).toList();
  }

  @Override
  public synchronized boolean update(NetworkInterface updated, long expectedVersion) {
    NetworkInterface stored = rows.get(updated.id());
    if (stored == null || stored.version() != expectedVersion) {
      return false;
    }
    rows.put(updated.id(), updated);
    return true;
  }

  @Override
  public synchronized boolean delete(NetworkInterface nic) {
    NetworkInterface stored = rows.get(nic.id());
    if (stored == null || stored.version() != nic.version()) {
      return false;
    }
    rows.remove(nic.id());
    return true;
  }
}
