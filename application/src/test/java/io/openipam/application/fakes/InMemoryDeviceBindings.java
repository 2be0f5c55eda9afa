package io.openipam.application.fakes;

import io.openipam.application.port.out.DeviceBindingStore;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.NotFound;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bindings in memory; those of an allocation that is gone are gone too, as the real store's cascade has it. */
public final class InMemoryDeviceBindings implements DeviceBindingStore {

  private record Binding(AllocationId allocation, String deviceId) {}

  private final InMemoryDatabase db;
  private final Map<Binding, Instant> bindings = new LinkedHashMap<>();

  public InMemoryDeviceBindings(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public void insert(AllocationId allocation, String deviceId, Instant at) {
    synchronized (db) {
      if (!db.allocations.containsKey(allocation)) {
        throw new NotFound(NotFound.Kind.ALLOCATION, allocation.value());
      }
      bindings.putIfAbsent(new Binding(allocation, deviceId), at);
    }
  }

  @Override
  public List<String> devicesOf(AllocationId allocation) {
    synchronized (db) {
      if (!db.allocations.containsKey(allocation)) {
        return List.of();
      }
      return bindings.entrySet().stream()
          .filter(entry -> entry.getKey().allocation().equals(allocation))
          .sorted(Map.Entry.<Binding, Instant>comparingByValue()
              .thenComparing(entry -> entry.getKey().deviceId(), Comparator.naturalOrder()))
          .map(entry -> entry.getKey().deviceId())
          .toList();
    }
  }

  @Override
  public void delete(AllocationId allocation, String deviceId) {
    synchronized (db) {
      bindings.remove(new Binding(allocation, deviceId));
    }
  }

  @Override
  public void deleteAll(AllocationId allocation) {
    synchronized (db) {
      bindings.keySet().removeIf(binding -> binding.allocation().equals(allocation));
    }
  }
}
