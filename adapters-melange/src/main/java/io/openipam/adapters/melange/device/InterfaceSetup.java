package io.openipam.adapters.melange.device;

import io.openipam.adapters.melange.network.NetworkAllocation;
import io.openipam.application.port.in.ConfigureInterface;
import io.openipam.application.port.in.RemoveInterface;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;

/**
 * Creates an interface with its MAC and, when a network is named, its addresses in that network
 * (spec §5.8, §5.9). If allocating fails, the interface is removed again and nothing stays behind.
 */
@Singleton
class InterfaceSetup {

  private final ConfigureInterface configure;
  private final RemoveInterface remove;
  private final NetworkAllocation networks;

  InterfaceSetup(ConfigureInterface configure, RemoveInterface remove, NetworkAllocation networks) {
    this.configure = configure;
    this.remove = remove;
    this.networks = networks;
  }

  /** {@code network} may be null. */
  NetworkInterface create(Principal caller, InterfaceRequest wanted) {
    InterfaceRequest.Network network = wanted.network();
    NetworkInterface nic = configure.create(caller, new ConfigureInterface.Wanted(wanted.id(), wanted.tenant(),
        wanted.deviceId(), wanted.mac(), network == null ? null : network.id()));
    try {
      if (network != null) {
        networks.allocate(caller, network.id(), network.owner(), nic, network.addresses());
      }
    } catch (RuntimeException failed) {
      remove.remove(caller, nic.id());
      throw failed;
    }
    return nic;
  }
}
