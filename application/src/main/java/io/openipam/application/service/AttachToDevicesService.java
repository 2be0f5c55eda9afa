package io.openipam.application.service;

import io.openipam.application.port.in.AttachToDevices;
import io.openipam.application.port.out.DeviceBindingStore;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The allocation's own attachment holds the first device, so that the dialects that bind an
 * address to one device (and the refusal to release an attached address) keep reading it
 * unchanged; the store holds the others.
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

  @Override
  public Allocation attach(Principal caller, AllocationId id, String deviceId) {
    Attachment wanted = Attachment.device(deviceId);
    Allocation before = visible.allocation(caller, id);
    if (before.isReleased()) {
      throw new Conflict(Conflict.Reason.WRONG_STATE, "allocation " + id + " is released");
    }
    if (!before.isAttached()) {
      // Bindings left from an attachment that another use case dropped no longer count.
      bindings.deleteAll(id);
      return visible.save(before.attachedTo(wanted, clock.instant()), before);
    }
    if (!deviceId.equals(before.attachment().deviceId())) {
      bindings.insert(id, deviceId, clock.instant());
    }
    return before;
  }

  @Override
  public Allocation detach(Principal caller, AllocationId id, String deviceId) {
    Allocation before = visible.allocation(caller, id);
    if (!before.isAttached()) {
      return before;
    }
    if (!deviceId.equals(before.attachment().deviceId())) {
      bindings.delete(id, deviceId);
      return before;
    }
    List<String> others = bindings.devicesOf(id);
    Attachment next = others.isEmpty() ? null : Attachment.device(others.getFirst());
    Allocation after = visible.save(before.attachedTo(next, clock.instant()), before);
    if (next != null) {
      bindings.delete(id, next.deviceId());
    }
    return after;
  }

  @Override
  public List<String> devices(Principal caller, AllocationId id) {
    Allocation allocation = visible.allocation(caller, id);
    if (!allocation.isAttached()) {
      return List.of();
    }
    String first = allocation.attachment().deviceId();
    List<String> devices = new ArrayList<>();
    if (first != null) {
      devices.add(first);
    }
    for (String other : bindings.devicesOf(id)) {
      if (!other.equals(first)) {
        devices.add(other);
      }
    }
    return devices;
  }
}
