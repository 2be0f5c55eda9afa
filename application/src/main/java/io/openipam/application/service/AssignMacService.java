package io.openipam.application.service;

import io.openipam.application.port.in.AssignMac;
import io.openipam.application.port.out.MacHolders;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.address.MacPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.MacSharing;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

@Singleton
public class AssignMacService implements AssignMac {

  /** A draw collides only when the prefix is nearly full: 16M MACs per prefix. */
  private static final int DRAWS = 32;

  private final VisibleResources visible;
  private final MacHolders holders;
  private final Clock clock;
  private final RandomGenerator random;

  @Inject
  public AssignMacService(VisibleResources visible, MacHolders holders, Clock clock) {
    this(visible, holders, clock, new SecureRandom());
  }

  public AssignMacService(VisibleResources visible, MacHolders holders, Clock clock, RandomGenerator random) {
    this.visible = visible;
    this.holders = holders;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public Allocation generate(Principal caller, AllocationId id, MacPrefix prefix) {
    Allocation before = live(caller, id);
    for (int draw = 0; draw < DRAWS; draw++) {
      MacAddress mac = prefix.random(random);
      if (holders.holding(mac).isEmpty()) {
        return visible.save(withMac(before, mac, clock.instant()), before);
      }
    }
    throw new Conflict(Conflict.Reason.ADDRESS_TAKEN, "no free MAC address left below " + prefix);
  }

  @Override
  public Allocation share(Principal caller, AllocationId target, AllocationId source) {
    Allocation from = live(caller, source);
    Allocation to = live(caller, target);
    MacSharing.checkShare(from, to);
    return visible.save(withMac(to, from.mac(), clock.instant()), to);
  }

  @Override
  @Transactional
  public Allocation move(Principal caller, AllocationId from, AllocationId to) {
    Allocation source = live(caller, from);
    Allocation target = live(caller, to);
    if (source.id().equals(target.id())) {
      return source;
    }
    if (source.mac() == null) {
      throw new Conflict(Conflict.Reason.WRONG_STATE, "allocation " + from + " has no MAC to move");
    }
    if (target.mac() != null) {
      throw new Conflict(Conflict.Reason.WRONG_STATE, "allocation " + to + " already has a MAC");
    }
    List<Allocation> group = holders.holding(source.mac()).stream()
        .filter(holder -> !holder.equals(source.id()))
        .map(holder -> visible.allocation(caller, holder))
        .toList();
    MacSharing.checkJoin(target, group);
    Instant now = clock.instant();
    visible.save(withMac(source, null, now), source);
    return visible.save(withMac(target, source.mac(), now), target);
  }

  @Override
  public Allocation remove(Principal caller, AllocationId id) {
    Allocation before = live(caller, id);
    return before.mac() == null ? before : visible.save(withMac(before, null, clock.instant()), before);
  }

  private Allocation live(Principal caller, AllocationId id) {
    Allocation allocation = visible.allocation(caller, id);
    if (allocation.isReleased()) {
      throw new Conflict(Conflict.Reason.WRONG_STATE, "allocation " + id + " is released");
    }
    return allocation;
  }

  static Allocation withMac(Allocation allocation, MacAddress mac, Instant now) {
    return allocation.described(mac, allocation.description(), allocation.labels(), allocation.reverseDns(),
        allocation.healthCheck(), now);
  }
}
