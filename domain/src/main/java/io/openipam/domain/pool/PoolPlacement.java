package io.openipam.domain.pool;

import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import java.util.List;
import java.util.Objects;

/**
 * Where a new pool may stand. A sub-pool lies inside its parent, overlaps none of its siblings,
 * shares its parent's network and visibility, and needs a parent that has handed nothing out.
 * Top-level public pools share one global space; top-level pools of one network share that
 * network's space, and a network is either all public or all private.
 */
public final class PoolPlacement {

  private PoolPlacement() {}

  /** The pools a candidate could collide with, as the store found them. */
  public record Neighbours(
      Pool parent,
      boolean parentHasAllocations,
      List<Pool> siblings,
      List<Pool> overlappingPublicTopLevel,
      List<Pool> overlappingInNetwork,
      Visibility networkVisibility) {

    public Neighbours {
      siblings = List.copyOf(siblings);
      overlappingPublicTopLevel = List.copyOf(overlappingPublicTopLevel);
      overlappingInNetwork = List.copyOf(overlappingInNetwork);
    }
  }

  public static void check(IpPrefix prefix, Visibility visibility, NetworkId network, Neighbours neighbours) {
    Objects.requireNonNull(neighbours, "neighbours");
    Pool parent = neighbours.parent();
    if (parent != null) {
      checkInsideParent(prefix, visibility, network, parent, neighbours);
    }
    // The global public space is made of the public pools that have no parent at all.
    if (visibility == Visibility.PUBLIC && parent == null) {
      for (Pool other : neighbours.overlappingPublicTopLevel()) {
        if (other.prefix().overlaps(prefix)) {
          throw new Invalid(Invalid.Reason.OVERLAPS_PUBLIC_POOL, "prefix",
              prefix + " overlaps with public pool " + other.prefix(), other.prefix().toString());
        }
      }
    }
    if (network != null) {
      if (neighbours.networkVisibility() != null && neighbours.networkVisibility() != visibility) {
        throw new Invalid(Invalid.Reason.VISIBILITY_MISMATCH, "visibility",
            "pools of network " + network + " are " + neighbours.networkVisibility().name().toLowerCase());
      }
      if (isTopLevel(network, parent)) {
        for (Pool other : neighbours.overlappingInNetwork()) {
          if (other.prefix().overlaps(prefix)) {
            throw new Invalid(Invalid.Reason.OVERLAPS_NETWORK_POOL, "prefix",
                prefix + " overlaps with pool " + other.prefix() + " in network " + network, other.prefix().toString());
          }
        }
      }
    }
  }

  /** A pool is top-level in its space when it has no parent, or its parent belongs to another network. */
  private static boolean isTopLevel(NetworkId network, Pool parent) {
    return parent == null || !Objects.equals(parent.network(), network);
  }

  private static void checkInsideParent(
      IpPrefix prefix, Visibility visibility, NetworkId network, Pool parent, Neighbours neighbours) {
    if (!parent.prefix().contains(prefix)) {
      throw new Invalid(Invalid.Reason.OUTSIDE_PARENT, "prefix",
          prefix + " is not inside its parent " + parent.prefix(), parent.prefix().toString());
    }
    if (parent.visibility() != visibility) {
      throw new Invalid(Invalid.Reason.VISIBILITY_MISMATCH, "visibility",
          "a sub-pool has its parent's visibility, " + parent.visibility().name().toLowerCase());
    }
    if (parent.network() != null && !parent.network().equals(network)) {
      throw new Invalid(Invalid.Reason.NETWORK_MISMATCH, "network",
          "a sub-pool belongs to its parent's network " + parent.network());
    }
    for (Pool sibling : neighbours.siblings()) {
      if (sibling.prefix().overlaps(prefix)) {
        throw new Invalid(Invalid.Reason.OVERLAPS_SIBLING, "prefix",
            prefix + " overlaps with sibling " + sibling.prefix(), sibling.prefix().toString());
      }
    }
    if (neighbours.parentHasAllocations()) {
      throw new Conflict(Conflict.Reason.POOL_HAS_ALLOCATIONS,
          "pool " + parent.prefix() + " cannot be subdivided: it has allocated addresses");
    }
  }
}
