package io.openipam.application.port.in;

import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.tenant.Principal;
import java.util.List;

/**
 * Network address translation between allocations: a local (inside) address is reachable as one
 * or more global addresses, and a global address may stand for several local ones. A binding
 * exists once, however often it is made; it goes when either allocation is purged.
 */
public interface TranslateAddresses {

  record Binding(AllocationId local, AllocationId global) {}

  /** Makes every binding, or none: each allocation must be visible to the caller and allocated (not released). */
  void bind(Principal caller, List<Binding> bindings);

  /** The global addresses of {@code local}, ordered by allocation id, after {@code afterId} when given. */
  List<Allocation> globalsOf(Principal caller, AllocationId local, AllocationId afterId, int limit);

  /** The local addresses of {@code global}, ordered by allocation id, after {@code afterId} when given. */
  List<Allocation> localsOf(Principal caller, AllocationId global, AllocationId afterId, int limit);

  /** Removes one binding; none there is no error. */
  void unbind(Principal caller, Binding binding);

  void unbindGlobalsOf(Principal caller, AllocationId local);

  void unbindLocalsOf(Principal caller, AllocationId global);
}
