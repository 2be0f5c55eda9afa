package io.openipam.adapters.melange.device;

import io.openipam.application.port.in.FindInterfaces;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.Objects;

/** Finds an interface by its id, as the instance routes name it: it must be the device's (spec §5.9). */
@Singleton
class DeviceInterfaces {

  private final FindInterfaces interfaces;

  DeviceInterfaces(FindInterfaces interfaces) {
    this.interfaces = interfaces;
  }

  NetworkInterface ofDevice(Principal caller, String device, String id) {
    NetworkInterface nic = interfaces.get(caller, interfaceId(id));
    if (!Objects.equals(nic.deviceId(), device)) {
      throw new NotFound(NotFound.Kind.INTERFACE, id);
    }
    return nic;
  }

  /** Text no interface id can be names no interface. */
  static InterfaceId interfaceId(String id) {
    try {
      return new InterfaceId(id);
    } catch (Invalid notAnId) {
      throw new NotFound(NotFound.Kind.INTERFACE, id);
    }
  }
}
