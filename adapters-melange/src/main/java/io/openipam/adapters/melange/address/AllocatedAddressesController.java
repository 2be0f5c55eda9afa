package io.openipam.adapters.melange.address;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.melange.auth.Callers;
import io.openipam.adapters.melange.block.TenantBlocks;
import io.openipam.adapters.melange.fault.AnswersWithFaults;
import io.openipam.adapters.melange.http.Pagination;
import io.openipam.adapters.melange.http.Params;
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.SearchAllocations;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.List;

/**
 * Allocated addresses across blocks, routes #41 and #42 (spec §5.6): not deallocated ones, by id,
 * paginated; {@code ?used_by_device=} and {@code ?address=} narrow them. The tenant form lists what
 * is leased to the tenant, whoever owns the blocks. Nova reads #42 without a suffix.
 */
@Controller("/{version:v0\\.1|v1\\.0}/ipam")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class AllocatedAddressesController {

  private final Callers callers;
  private final Pagination pagination;
  private final SearchAllocations search;

  AllocatedAddressesController(Callers callers, Pagination pagination, SearchAllocations search) {
    this.callers = callers;
    this.pagination = pagination;
    this.search = search;
  }

  /** #41: every tenant's, so for operators only (Melange's role admin). */
  @Get("/allocated_ip_addresses")
  Document all(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token) {
    return list(request, callers.operator(token), null);
  }

  /** #42 */
  @Get("/tenants/{tenant_id}/allocated_ip_addresses")
  Document leasedTo(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant) {
    Principal caller = callers.actingFor(token, tenant);
    return list(request, caller, TenantBlocks.tenantId(tenant));
  }

  private Document list(HttpRequest<?> request, Principal caller, TenantId lessee) {
    String device = filter(request, "used_by_device");
    String address = filter(request, "address");
    IpAddress exact = address == null ? null : storedAs(address);
    boolean unmatchable = address != null && exact == null
        || device != null && (device.length() > 255 || Params.unprintable("used_by_device", device) != null);
    if (unmatchable) {
      // Melange compared the text with what it stored: no stored address reads like this.
      return Document.of("ip_addresses", List.of());
    }
    Pagination.Page<Allocation> page = pagination.page(request,
        (after, limit) -> search.list(caller, new SearchAllocations.Query(lessee, device, exact,
            AllocationState.ALLOCATED, after == null ? null : new AllocationId(after), limit)),
        allocation -> allocation.id().value());
    return Document.page("ip_addresses", page.items().stream().map(IpAddressView::of).toList(), page.next());
  }

  /** A filter's text; blank is no filter. */
  private static String filter(HttpRequest<?> request, String name) {
    String value = request.getParameters().get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /** The address, if {@code text} is exactly how Melange stored it (IPv6 expanded); else null. */
  private static IpAddress storedAs(String text) {
    try {
      IpAddress address = IpAddress.parse(text);
      return address.toExpandedString().equals(text) ? address : null;
    } catch (RuntimeException notAnAddress) {
      return null;
    }
  }
}
