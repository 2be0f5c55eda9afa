package io.openipam.application.service;

import io.openipam.application.port.in.AttachToDevices;
import io.openipam.application.port.out.DeviceBindingStore;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The allocation's own attachment holds the first device, so that the dialects that bind an
 * address to one device (and the refusal to release an attached address) keep reading it
 * unchanged. The store holds every device bound here, that one included: when the attachment
 * names a device the store does not hold, another use case has re-attached, detached or released
 * the allocation since, and the stored devices no longer count.
 */
@Singleton
public class AttachToDevicesService implements AttachToDevices {

  private final VisibleResources visible;
  private final DeviceBindingStore bindings;
  private final Clock clock;

  public AttachToDevicesService(VisibleResources visible, DeviceBindingStore bindings, Clock clock) {
    this.visible = visible;
    this.bindings = bindings;
    this.clock = clock;
  }

  /**
   * In one transaction, so that a binding never outlives a refused change; a change that lost a
   * race with another attach or detach of the same allocation is tried once more on what won.
   */
  @Override
  @Transactional
  public Allocation attach(Principal caller, AllocationId id, String deviceId) {
    return onceMoreIfStale(() -> attachOnce(caller, id, deviceId));
  }

  @Override
  @Transactional
  public Allocation detach(Principal caller, AllocationId id, String deviceId) {
    return onceMoreIfStale(() -> detachOnce(caller, id, deviceId));
  }

  private static Allocation onceMoreIfStale(Supplier<Allocation> change) {
    try {
      return change.get();
    } catch (Conflict conflict) {
      if (conflict.reason() != Conflict.Reason.STALE_VERSION) {
        throw conflict;
      }
      return change.get();
    }
  }

  private Allocation attachOnce(Principal caller, AllocationId id, String deviceId) {
    Attachment wanted = Attachment.device(deviceId);
    Allocation before = visible.allocation(caller, id);
    if (before.isReleased()) {
      throw new Conflict(Conflict.Reason.WRONG_STATE, "allocation " + id + " is released");
    }
    List<String> current = devices(before);
    if (current.contains(deviceId)) {
      return before;
    }
    // The allocation's row changes (and so is locked) before any binding is written: two first
    // attaches at once then queue on that row instead of deadlocking on it.
    Allocation after = before.isAttached() ? before : visible.save(before.attachedTo(wanted, clock.instant()), before);
    if (!Set.copyOf(current).equals(Set.copyOf(bindings.devicesOf(id)))) {
      // What is stored is left from before another use case changed the attachment: start again from it.
      bindings.deleteAll(id);
      for (String device : current) {
        bindings.insert(id, device, clock.instant());
      }
    }
    bindings.insert(id, deviceId, clock.instant());
    return after;
  }

  private Allocation detachOnce(Principal caller, AllocationId id, String deviceId) {
    Allocation before = visible.allocation(caller, id);
    List<String> current = devices(before);
    if (!current.contains(deviceId)) {
      return before;
    }
    if (!deviceId.equals(before.attachment().deviceId())) {
      bindings.delete(id, deviceId);
      return before;
    }
    // The attachment moves first: a concurrent change then fails this detach before anything is unbound.
    Attachment next = current.size() > 1 ? Attachment.device(current.get(1)) : null;
    Allocation after = visible.save(before.attachedTo(next, clock.instant()), before);
    bindings.delete(id, deviceId);
    return after;
  }

  @Override
  public List<String> devices(Principal caller, AllocationId id) {
    return devices(visible.allocation(caller, id));
  }

  /** The attachment's device first, then the others bound beside it, earliest first. */
  private List<String> devices(Allocation allocation) {
    if (!allocation.isAttached()) {
      return List.of();
    }
    String first = allocation.attachment().deviceId();
    List<String> stored = bindings.devicesOf(allocation.id());
    if (first != null && !stored.contains(first)) {
      return List.of(first);
    }
    List<String> devices = new ArrayList<>();
    if (first != null) {
      devices.add(first);
    }
    stored.stream().filter(device -> !device.equals(first)).forEach(devices::add);
    return devices;
  }
}
