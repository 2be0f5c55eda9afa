package io.openipam.adapters.melange.network;

import io.openipam.adapters.melange.MelangeSettings;
import io.openipam.adapters.melange.address.InterfaceAddresses;
import io.openipam.adapters.melange.fault.MelangeFault;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.FindPools;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Nameservers;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.Visibility;
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
 * had allocated, where Melange kept it (a block made from {@code default_cidr} stays).
 */
@Singleton
public class NetworkAllocation {

  private final FindPools pools;
  private final CreatePool createPool;
  private final InterfaceAddresses addresses;
  private final ReleaseAllocation release;
  private final MelangeSettings settings;

  NetworkAllocation(FindPools pools, CreatePool createPool, InterfaceAddresses addresses, ReleaseAllocation release,
      MelangeSettings settings) {
    this.pools = pools;
    this.createPool = createPool;
    this.addresses = addresses;
    this.release = release;
    this.settings = settings;
  }

  /** The owner's blocks of the network, in creation order; none is {@code Network <id> not found}. */
  public List<Pool> blocks(Principal caller, NetworkId network, TenantId owner) {
    return pools.inNetwork(caller, network, owner);
  }

  /**
   * The network's blocks; a network with none gets a private block of the configured
   * {@code default_cidr} for its owner first, when that is set (spec §5.7).
   */
  public List<Pool> blocksOrDefault(Principal caller, NetworkId network, TenantId owner) {
    try {
      return blocks(caller, network, owner);
    } catch (NotFound unknown) {
      if (settings.defaultCidr() == null || unknown.kind() != NotFound.Kind.NETWORK) {
        throw unknown;
      }
      IpPrefix prefix = IpPrefix.parse(settings.defaultCidr());
      return List.of(createPool.create(caller, CreatePool.NewPool.builder(owner, prefix, Visibility.PRIVATE)
          .unitLength(prefix.family().bits())
          .reserved(ReservedAddresses.LAST_ONLY)
          .network(network)
          .nameservers(new Nameservers(settings.dns1(), settings.dns2()))
          .build()));
    }
  }

  /** {@code named} null or empty: one address per family; the network may be created (default_cidr). */
  public List<Allocation> allocate(Principal caller, NetworkId network, TenantId owner, NetworkInterface nic,
      List<IpAddress> named) {
    return allocate(caller, blocksOrDefault(caller, network, owner), nic, named);
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
