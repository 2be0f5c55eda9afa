package io.openipam.application.service;

import io.openipam.application.port.in.FindInterfaces;
import io.openipam.application.port.out.InterfaceStore;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.List;

/** Another tenant's interface is reported exactly like one that does not exist. */
@Singleton
public class FindInterfacesService implements FindInterfaces {

  private final InterfaceStore interfaces;

  public FindInterfacesService(InterfaceStore interfaces) {
    this.interfaces = interfaces;
  }

  @Override
  public NetworkInterface get(Principal caller, InterfaceId id) {
    return interfaces.find(id)
        .filter(nic -> caller.mayActFor(nic.tenant()))
        .orElseThrow(() -> new NotFound(NotFound.Kind.INTERFACE, id.value()));
  }

  @Override
  public List<NetworkInterface> ofDevice(Principal caller, String deviceId) {
    return interfaces.ofDevice(deviceId).stream().filter(nic -> caller.mayActFor(nic.tenant())).toList();
  }
}
