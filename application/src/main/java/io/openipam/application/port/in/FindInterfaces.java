package io.openipam.application.port.in;

import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.tenant.Principal;
import java.util.List;

/** Reads interfaces of tenants the caller acts for. */
public interface FindInterfaces {

  NetworkInterface get(Principal caller, InterfaceId id);

  /** The device's interfaces the caller may see, in creation order. */
  List<NetworkInterface> ofDevice(Principal caller, String deviceId);
}
