package io.openipam.application.port.in;

import io.openipam.domain.address.MacAddress;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.Objects;

/**
 * Gives a tenant's device a network interface to attach addresses to. A new interface gets the
 * MAC address asked for, else the next free one of the MAC ranges (oldest range first), else
 * none when no range exists.
 */
public interface ConfigureInterface {

  /**
   * {@code id} null: a new interface with an id of its own. {@code deviceId}, {@code mac} and
   * {@code network} may be null; a network given is the one the interface must be on (it joins it
   * when it is on none yet).
   */
  record Wanted(InterfaceId id, TenantId tenant, String deviceId, MacAddress mac, NetworkId network) {

    public Wanted {
      Objects.requireNonNull(tenant, "tenant");
    }
  }

  /** The interface, and whether this call created it. */
  record Configured(NetworkInterface nic, boolean created) {}

  /** A new interface of a tenant the caller acts for; an id any interface has is a conflict. */
  NetworkInterface create(Principal caller, Wanted wanted);

  /**
   * The tenant's interface with the wanted id (a new one if there is none, or if no id is given),
   * on the wanted network. Device and MAC count only for a new interface. Whoever allocates may
   * lease to any tenant, so any caller may configure an interface for the lessee, as
   * {@link AllocationDetails#lessee()} says; an id held by another tenant is a conflict.
   */
  Configured findOrCreate(Principal caller, Wanted wanted);

  /** Undoes {@link #findOrCreate}: an interface it created is deleted and its MAC given back. */
  void undo(Configured configured);
}
