package io.openipam.adapters.melange.network;

import io.openipam.adapters.melange.address.InterfaceAddresses;
import io.openipam.adapters.melange.fault.MelangeFault;
import io.openipam.application.port.in.FindPools;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Allocates addresses of a network to an interface as Melange did (spec §6.5). A network is the
 * blocks an owner has with that {@code network_id}, in creation order. Without named addresses:
 * at most one IPv4 address (the first block with room) and one IPv6 address (the first block),
 * IPv4 first. Named addresses come from the first block holding each; one that is taken or in no
 * block is skipped. [I] Blocks with subnets are skipped, and a failure releases what the request
 * had allocated, where Melange kept it.
 */
@Singleton
public class NetworkAllocation {

  private final FindPools pools;
  private final InterfaceAddresses addresses;
  private final ReleaseAllocation release;

  NetworkAllocation(FindPools pools, InterfaceAddresses addresses, ReleaseAllocation release) {
    this.pools = pools;
    this.addresses = addresses;
    this.release = release;
  }

  /** The owner's blocks of the network, in creation order; none is {@code Network <id> not found}. */
  public List<Pool> blocks(Principal caller, NetworkId network, TenantId owner) {
    return pools.inNetwork(caller, network, owner);
  }

  /** {@code named} null or empty: one address per family. */
  public List<Allocation> allocate(Principal caller, NetworkId network, TenantId owner, NetworkInterface nic,
      List<IpAddress> named) {
    return allocate(caller, blocks(caller, network, owner), nic, named);
  }

  /** {@code blocks}: the network's, as {@link #blocks} read them. */
  public List<Allocation> allocate(Principal caller, List<Pool> blocks, NetworkInterface nic, List<IpAddress> named) {
    List<Pool> leaves = blocks.stream().filter(pool -> !pool.isSubdivided()).toList();
    List<Allocation> taken = new ArrayList<>();
    try {
      if (named == null || named.isEmpty()) {
        nextOf(caller, leaves, IpFamily.V4, nic).ifPresent(taken::add);
        nextOf(caller, leaves, IpFamily.V6, nic).ifPresent(taken::add);
        if (taken.isEmpty()) {
          throw new MelangeFault(422, "ip blocks in this network are full");
        }
      } else {
        for (IpAddress address : new LinkedHashSet<>(named)) {
          specific(caller, leaves, nic, address).ifPresent(taken::add);
        }
      }
    } catch (RuntimeException failed) {
      taken.forEach(allocation -> release.release(caller, allocation.id(), ReleaseAllocation.WhenAttached.DETACH));
      throw failed;
    }
    return taken;
  }

  private Optional<Allocation> nextOf(Principal caller, List<Pool> leaves, IpFamily family, NetworkInterface nic) {
    for (Pool block : leaves) {
      if (block.prefix().family() != family) {
        continue;
      }
      try {
        return Optional.of(addresses.next(caller, block, nic));
      } catch (Exhausted full) {
        // only a full block moves on to the next
      }
    }
    return Optional.empty();
  }

  private Optional<Allocation> specific(Principal caller, List<Pool> leaves, NetworkInterface nic, IpAddress address) {
    Optional<Pool> block = leaves.stream().filter(pool -> pool.prefix().contains(address)).findFirst();
    if (block.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(addresses.specific(caller, block.get(), nic, address));
    } catch (Conflict taken) {
      if (taken.reason() == Conflict.Reason.ADDRESS_TAKEN || taken.reason() == Conflict.Reason.ADDRESS_RESERVED) {
        return Optional.empty();
      }
      throw taken;
    }
  }
}
