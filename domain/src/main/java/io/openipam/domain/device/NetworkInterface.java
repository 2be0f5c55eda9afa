package io.openipam.domain.device;

import io.openipam.domain.address.MacAddress;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A device's network interface, which addresses are attached to. Its tenant is the one that uses
 * it (the lessee of its addresses). It takes addresses from one network only: the network of the
 * first pool it got an address from that has one.
 *
 * <p>Optional parts are null when absent: deviceId, mac, macRange (where the MAC was taken from,
 * so it goes back there), network.
 */
public record NetworkInterface(
    InterfaceId id,
    TenantId tenant,
    String deviceId,
    MacAddress mac,
    MacRangeId macRange,
    NetworkId network,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public NetworkInterface {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    if (deviceId != null && (deviceId.isBlank() || deviceId.length() > 255)) {
      throw Invalid.malformed("device", "device id must be 1 to 255 characters");
    }
  }

  /**
   * Whether an address of {@code poolNetwork} may be attached here: yes when the interface is on
   * no network yet or on that one; a pool without a network fits any interface.
   */
  public void checkMayJoin(NetworkId poolNetwork) {
    if (poolNetwork != null && network != null && !network.equals(poolNetwork)) {
      throw new Conflict(Conflict.Reason.INTERFACE_ON_OTHER_NETWORK,
          "interface " + id + " is configured on network " + network + ", not " + poolNetwork, id.value());
    }
  }

  /** Whether joining {@code poolNetwork} changes the interface (it was on no network yet). */
  public boolean joins(NetworkId poolNetwork) {
    return network == null && poolNetwork != null;
  }

  public NetworkInterface onNetwork(NetworkId newNetwork, Instant now) {
    return new NetworkInterface(id, tenant, deviceId, mac, macRange, newNetwork, createdAt, now, version + 1);
  }
}
