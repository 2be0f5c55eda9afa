package io.openipam.application.service;

import io.openipam.application.port.in.ConfigureInterface;
import io.openipam.application.port.out.IdSource;
import io.openipam.application.port.out.InterfaceStore;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Not transactional: storing an interface is one insert guarded by unique keys, and a MAC taken
 * from a range commits on its own, as slots do.
 */
@Singleton
public class ConfigureInterfaceService implements ConfigureInterface {

  private final InterfaceStore interfaces;
  private final MacAssignment macs;
  private final IdSource ids;
  private final Clock clock;

  public ConfigureInterfaceService(InterfaceStore interfaces, MacAssignment macs, IdSource ids, Clock clock) {
    this.interfaces = interfaces;
    this.macs = macs;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public NetworkInterface create(Principal caller, Wanted wanted) {
    if (!caller.mayActFor(wanted.tenant())) {
      throw new Forbidden("a tenant configures interfaces only for itself");
    }
    return createNew(wanted);
  }

  @Override
  public Configured findOrCreate(Principal caller, Wanted wanted) {
    try {
      return findOrCreateOnce(wanted);
    } catch (Conflict taken) {
      if (taken.reason() != Conflict.Reason.INTERFACE_TAKEN || wanted.id() == null) {
        throw taken;
      }
      // A concurrent request for the same id may have created it a moment ago: look once more.
      return findOrCreateOnce(wanted);
    }
  }

  private Configured findOrCreateOnce(Wanted wanted) {
    Optional<NetworkInterface> existing = wanted.id() == null ? Optional.empty() : interfaces.find(wanted.id());
    while (existing.isPresent()) {
      NetworkInterface nic = existing.get();
      if (!nic.tenant().equals(wanted.tenant())) {
        throw new Conflict(Conflict.Reason.INTERFACE_TAKEN, "interface " + nic.id() + " already exists", nic.id().value());
      }
      nic.checkMayJoin(wanted.network());
      if (!nic.joins(wanted.network())) {
        return new Configured(nic, false);
      }
      NetworkInterface joined = nic.onNetwork(wanted.network(), clock.instant());
      if (interfaces.update(joined, nic.version())) {
        return new Configured(joined, false);
      }
      existing = interfaces.find(nic.id()); // changed meanwhile: check again
    }
    return new Configured(createNew(wanted), true);
  }

  @Override
  public void undo(Configured configured) {
    if (configured.created() && interfaces.delete(configured.nic())) {
      macs.giveBack(configured.nic());
    }
  }

  private NetworkInterface createNew(Wanted wanted) {
    Instant now = clock.instant();
    InterfaceId id = wanted.id() != null ? wanted.id() : new InterfaceId(ids.newId());
    return macs.store(new NetworkInterface(id, wanted.tenant(), wanted.deviceId(), wanted.mac(), null,
        wanted.network(), now, now, 0));
  }
}
