package io.openipam.application.service;

import io.openipam.application.port.in.TranslateAddresses;
import io.openipam.application.port.out.AllocationStore;
import io.openipam.application.port.out.TranslationStore;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
public class TranslateAddressesService implements TranslateAddresses {

  private final VisibleResources visible;
  private final AllocationStore allocations;
  private final TranslationStore translations;
  private final Clock clock;

  public TranslateAddressesService(VisibleResources visible, AllocationStore allocations,
      TranslationStore translations, Clock clock) {
    this.visible = visible;
    this.allocations = allocations;
    this.translations = translations;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void bind(Principal caller, List<Binding> bindings) {
    for (Binding binding : bindings) {
      inUse(caller, binding.local());
      inUse(caller, binding.global());
    }
    Instant now = clock.instant();
    bindings.forEach(binding -> translations.insert(binding.local(), binding.global(), now));
  }

  @Override
  public List<Allocation> globalsOf(Principal caller, AllocationId local, AllocationId afterId, int limit) {
    visible.allocation(caller, local);
    return read(translations.globalsOf(local, afterId, Math.clamp(limit, 1, 1000)));
  }

  @Override
  public List<Allocation> localsOf(Principal caller, AllocationId global, AllocationId afterId, int limit) {
    visible.allocation(caller, global);
    return read(translations.localsOf(global, afterId, Math.clamp(limit, 1, 1000)));
  }

  @Override
  @Transactional
  public void unbind(Principal caller, Binding binding) {
    visible.allocation(caller, binding.local());
    visible.allocation(caller, binding.global());
    translations.delete(binding.local(), binding.global());
  }

  @Override
  @Transactional
  public void unbindGlobalsOf(Principal caller, AllocationId local) {
    visible.allocation(caller, local);
    translations.deleteGlobalsOf(local);
  }

  @Override
  @Transactional
  public void unbindLocalsOf(Principal caller, AllocationId global) {
    visible.allocation(caller, global);
    translations.deleteLocalsOf(global);
  }

  /** A released address is in quarantine: it may be restored, but nothing new is bound to it. */
  private void inUse(Principal caller, AllocationId id) {
    Allocation allocation = visible.allocation(caller, id);
    if (allocation.isReleased()) {
      throw new Conflict(Conflict.Reason.WRONG_STATE, "address " + allocation.address() + " is released");
    }
  }

  /** Allocations purged between the two reads are left out. */
  private List<Allocation> read(List<AllocationId> ids) {
    return ids.stream().map(allocations::find).flatMap(Optional::stream).toList();
  }
}
