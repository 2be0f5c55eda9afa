package io.openipam.domain.pool;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.policy.Policy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which positions ("slots") of a pool may be handed out. A slot is one allocation unit: slot
 * {@code n} of a /24 with unit /32 is the address at offset n; of a /48 with unit /64, the n-th
 * /64. Next-free walks slots in ascending order and jumps over excluded ranges, so its cost does
 * not depend on the pool's size. For single-address pools, policy positions are address offsets,
 * as Melange counts them.
 */
public final class SlotRules {

  private final IpPrefix prefix;
  private final int unitLength;
  private final int slotShift;
  private final BigInteger slotCount;
  private final boolean singleAddresses;
  private final ReservedAddresses reserved;
  private final IpAddress gateway;
  private final Policy policy;

  /** {@code policy} may be null. */
  public SlotRules(Pool pool, Policy policy) {
    this.prefix = pool.prefix();
    this.unitLength = pool.unitLength();
    this.slotShift = prefix.family().bits() - unitLength;
    this.slotCount = BigInteger.ONE.shiftLeft(unitLength - prefix.length());
    this.singleAddresses = slotShift == 0;
    this.reserved = pool.reserved();
    this.gateway = pool.gateway();
    this.policy = policy;
  }

  public BigInteger slotCount() {
    return slotCount;
  }

  public IpPrefix prefixAt(BigInteger slot) {
    return new IpPrefix(prefix.addressAt(slot.shiftLeft(slotShift)), unitLength);
  }

  public BigInteger slotOf(IpAddress address) {
    return prefix.offsetOf(address).shiftRight(slotShift);
  }

  /** The first usable slot at or after {@code from}, if any. */
  public Optional<BigInteger> nextUsable(BigInteger from) {
    BigInteger slot = from.max(BigInteger.ZERO);
    while (slot.compareTo(slotCount) < 0) {
      BigInteger skipTo = skipFrom(slot);
      if (skipTo == null) {
        return Optional.of(slot);
      }
      slot = skipTo;
    }
    return Optional.empty();
  }

  /** Up to {@code count} usable slots at or after {@code from}, ascending. */
  public List<BigInteger> usableFrom(BigInteger from, int count) {
    List<BigInteger> slots = new ArrayList<>(count);
    Optional<BigInteger> slot = nextUsable(from);
    while (slot.isPresent() && slots.size() < count) {
      slots.add(slot.get());
      slot = nextUsable(slot.get().add(BigInteger.ONE));
    }
    return slots;
  }

  /** Up to {@code count} usable slots that are not in {@code taken}, ascending from the first. */
  public List<BigInteger> usableExcept(Set<BigInteger> taken, int count) {
    List<BigInteger> slots = new ArrayList<>(count);
    Optional<BigInteger> slot = nextUsable(BigInteger.ZERO);
    while (slot.isPresent() && slots.size() < count) {
      if (!taken.contains(slot.get())) {
        slots.add(slot.get());
      }
      slot = nextUsable(slot.get().add(BigInteger.ONE));
    }
    return slots;
  }

  /** Where a cursor stands after handing out {@code taken} of the {@code wanted} slots it was asked for. */
  public BigInteger cursorAfter(List<BigInteger> taken, int wanted, BigInteger from) {
    if (taken.size() < wanted) {
      return slotCount;
    }
    return taken.isEmpty() ? from : taken.getLast().add(BigInteger.ONE);
  }

  public boolean isUsable(BigInteger slot) {
    return slot.signum() >= 0 && slot.compareTo(slotCount) < 0 && skipFrom(slot) == null;
  }

  /**
   * Checks that {@code address} may be asked for by name: inside the pool, aligned to its unit,
   * not a reserved address, allowed by the policy. Returns its slot.
   */
  public BigInteger checkRequested(IpAddress address) {
    if (!prefix.contains(address)) {
      throw new Invalid(Invalid.Reason.ADDRESS_OUTSIDE_POOL, "address",
          "address " + address + " does not belong to pool " + prefix);
    }
    BigInteger offset = prefix.offsetOf(address);
    if (offset.and(BigInteger.ONE.shiftLeft(slotShift).subtract(BigInteger.ONE)).signum() != 0) {
      throw new Invalid(Invalid.Reason.PREFIX_NOT_ALIGNED, "address",
          address + " is not the start of a /" + unitLength + " in " + prefix);
    }
    BigInteger slot = offset.shiftRight(slotShift);
    if (isReserved(slot)) {
      throw new Conflict(Conflict.Reason.ADDRESS_RESERVED, "address " + address + " is reserved in pool " + prefix);
    }
    if (excludedByPolicy(slot) != null) {
      throw new Invalid(Invalid.Reason.ADDRESS_EXCLUDED_BY_POLICY, "address",
          "the pool's policy does not allow address " + address);
    }
    return slot;
  }

  /** Null when {@code slot} is usable, else the next slot worth looking at. */
  private BigInteger skipFrom(BigInteger slot) {
    if (isReserved(slot)) {
      return slot.add(BigInteger.ONE);
    }
    return excludedByPolicy(slot);
  }

  private boolean isReserved(BigInteger slot) {
    if (singleAddresses) {
      if (reserved.networkAddress() && slot.signum() == 0) {
        return true;
      }
      if (reserved.lastAddress() && slot.equals(slotCount.subtract(BigInteger.ONE))) {
        return true;
      }
    }
    return gateway != null && prefixAt(slot).contains(gateway);
  }

  private BigInteger excludedByPolicy(BigInteger slot) {
    if (policy == null) {
      return null;
    }
    BigInteger until = policy.excludedUntil(slot, slotCount);
    if (until != null) {
      return until;
    }
    if (singleAddresses && policy.excludesOctet(prefix.addressAt(slot))) {
      return slot.add(BigInteger.ONE);
    }
    return null;
  }
}
