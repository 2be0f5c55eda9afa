package io.openipam.adapters.melange.nat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.melange.address.IpAddressView;
import io.openipam.adapters.melange.auth.Callers;
import io.openipam.adapters.melange.fault.AnswersWithFaults;
import io.openipam.adapters.melange.http.Pagination;
import io.openipam.adapters.melange.http.RequestBodies;
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.TranslateAddresses;
import io.openipam.application.port.in.TranslateAddresses.Binding;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.tenant.Principal;
import java.util.ArrayList;
import java.util.List;

/**
 * NAT, routes #13–#20 (spec §5.11): an address's {@code inside_globals} (the global addresses
 * its local one is reachable as) and {@code inside_locals} (the mirror). Every address named,
 * in the path or the body, must be in a block of the URL's tenant. Adding answers 200 with no
 * body; lists honour limit and marker but carry no link, as Melange's did.
 */
@Controller("/{version:v0\\.1|v1\\.0}/ipam/tenants/{tenant_id}/ip_blocks/{ip_block_id}/ip_addresses/{address}")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class AddressTranslationsController {

  /** Which side of the translation the path's address is on, and so what the route lists. */
  private enum Side {
    /** The path's address is local; the route is about its globals. */
    LOCAL,
    /** The path's address is global; the route is about its locals. */
    GLOBAL;

    Binding with(Allocation here, Allocation other) {
      return this == LOCAL ? new Binding(here.id(), other.id()) : new Binding(other.id(), here.id());
    }

    List<Allocation> others(TranslateAddresses translations, Principal caller, Allocation here, AllocationId after,
        int limit) {
      return this == LOCAL
          ? translations.globalsOf(caller, here.id(), after, limit)
          : translations.localsOf(caller, here.id(), after, limit);
    }
  }

  private final Callers callers;
  private final TenantAddresses addresses;
  private final RequestBodies bodies;
  private final Pagination pagination;
  private final TranslateAddresses translations;

  AddressTranslationsController(Callers callers, TenantAddresses addresses, RequestBodies bodies,
      Pagination pagination, TranslateAddresses translations) {
    this.callers = callers;
    this.addresses = addresses;
    this.bodies = bodies;
    this.pagination = pagination;
    this.translations = translations;
  }

  /** #13 */
  @Post("/inside_globals")
  HttpResponse<?> addGlobals(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String block, @PathVariable String address) {
    return bind(request, token, tenant, block, address, Side.LOCAL);
  }

  /** #14 */
  @Get("/inside_globals")
  Document globals(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String block, @PathVariable String address) {
    return list(request, token, tenant, block, address, Side.LOCAL);
  }

  /** #15 */
  @Delete("/inside_globals")
  HttpResponse<?> removeGlobals(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String block, @PathVariable String address) {
    Principal caller = callers.actingFor(token, tenant);
    translations.unbindGlobalsOf(caller, addresses.find(caller, tenant, block, address).id());
    return HttpResponse.ok();
  }

  /** #16 */
  @Delete("/inside_globals/{other}")
  HttpResponse<?> removeGlobal(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String block, @PathVariable String address,
      @PathVariable String other) {
    return unbind(token, tenant, block, address, other, Side.LOCAL);
  }

  /** #17 */
  @Post("/inside_locals")
  HttpResponse<?> addLocals(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String block, @PathVariable String address) {
    return bind(request, token, tenant, block, address, Side.GLOBAL);
  }

  /** #18 */
  @Get("/inside_locals")
  Document locals(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String block, @PathVariable String address) {
    return list(request, token, tenant, block, address, Side.GLOBAL);
  }

  /** #19 */
  @Delete("/inside_locals")
  HttpResponse<?> removeLocals(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String block, @PathVariable String address) {
    Principal caller = callers.actingFor(token, tenant);
    translations.unbindLocalsOf(caller, addresses.find(caller, tenant, block, address).id());
    return HttpResponse.ok();
  }

  /** #20 */
  @Delete("/inside_locals/{other}")
  HttpResponse<?> removeLocal(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String block, @PathVariable String address,
      @PathVariable String other) {
    return unbind(token, tenant, block, address, other, Side.GLOBAL);
  }

  /** The path's address first, then the body's, each in use; then all bindings at once. */
  private HttpResponse<?> bind(HttpRequest<?> request, String token, String tenant, String block, String address,
      Side side) {
    Principal caller = callers.actingFor(token, tenant);
    Allocation here = addresses.inUse(caller, tenant, block, address);
    List<Binding> bindings = NatRequests.references(bodies.document(request)).stream()
        .map(reference -> side.with(here, addresses.inUse(caller, tenant, reference.blockId(), reference.address())))
        .toList();
    translations.bind(caller, bindings);
    return HttpResponse.ok();
  }

  private Document list(HttpRequest<?> request, String token, String tenant, String block, String address, Side side) {
    Principal caller = callers.actingFor(token, tenant);
    Allocation here = addresses.find(caller, tenant, block, address);
    Pagination.Page<Allocation> page = pagination.page(request,
        (after, limit) -> side.others(translations, caller, here, after == null ? null : new AllocationId(after), limit),
        allocation -> allocation.id().value());
    return Document.of("ip_addresses", page.items().stream().map(IpAddressView::of).toList());
  }

  /**
   * Removes the bindings to the other side's addresses written {@code other}; any spelling of an
   * address is read ([I]: Melange compared the stored text, so IPv6 had to be sent expanded). One
   * that names no bound address removes nothing, as in Melange.
   */
  private HttpResponse<?> unbind(String token, String tenant, String block, String address, String other, Side side) {
    Principal caller = callers.actingFor(token, tenant);
    Allocation here = addresses.find(caller, tenant, block, address);
    IpAddress target;
    try {
      target = IpAddress.parse(other.strip(), "address");
    } catch (RuntimeException notAnAddress) {
      return HttpResponse.ok();
    }
    for (Allocation bound : allOthers(caller, here, side)) {
      if (bound.address().equals(target)) {
        translations.unbind(caller, side.with(here, bound));
      }
    }
    return HttpResponse.ok();
  }

  private List<Allocation> allOthers(Principal caller, Allocation here, Side side) {
    List<Allocation> all = new ArrayList<>();
    List<Allocation> page;
    AllocationId after = null;
    do {
      page = side.others(translations, caller, here, after, 1000);
      all.addAll(page);
      after = page.isEmpty() ? null : page.getLast().id();
    } while (page.size() == 1000);
    return all;
  }
}
