package io.openipam.application.port.out;

import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import java.util.List;
import java.util.Optional;

/**
 * Where network interfaces live. The store guarantees that no two interfaces share an id or a
 * MAC address, whatever number of processes write to it.
 */
public interface InterfaceStore {

  /** What became of an insert. */
  enum Insert { STORED, ID_TAKEN, MAC_TAKEN }

  Insert insert(NetworkInterface nic);

  Optional<NetworkInterface> find(InterfaceId id);

  /** The interfaces of a device, in creation order. */
  List<NetworkInterface> ofDevice(String deviceId);

  /** Writes {@code updated} if the stored version is still {@code expectedVersion}; says whether it did. */
  boolean update(NetworkInterface updated, long expectedVersion);

  /** Deletes the interface if it is still at its version; says whether it did. */
  boolean delete(NetworkInterface nic);
}
