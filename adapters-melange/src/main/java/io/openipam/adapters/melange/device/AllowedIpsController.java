package io.openipam.adapters.melange.device;

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
import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.fault.MelangeFault;
import io.openipam.adapters.melange.http.Params;
import io.openipam.adapters.melange.http.RequestBodies;
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.AllowAddresses;
import io.openipam.application.port.in.FindInterfaces;
import io.openipam.application.port.in.SearchAllocations;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.tenant.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The addresses an interface may hold besides its own, routes #61–#64 (spec §5.12), on
 * {@code /v0.1} only. The interface is found by its id and the URL's tenant.
 */
@Controller("/{version:v0\\.1}/ipam/tenants/{tenant_id}/interfaces/{interface_id}/allowed_ips")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class AllowedIpsController {

  private final Callers callers;
  private final RequestBodies bodies;
  private final FindInterfaces interfaces;
  private final SearchAllocations search;
  private final AllowAddresses allow;

  AllowedIpsController(Callers callers, RequestBodies bodies, FindInterfaces interfaces, SearchAllocations search,
      AllowAddresses allow) {
    this.callers = callers;
    this.bodies = bodies;
    this.interfaces = interfaces;
    this.search = search;
    this.allow = allow;
  }

  /** #61: the interface's own addresses, then those allowed on it; not paginated. */
  @Get
  Document list(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable("interface_id") String id) {
    Principal caller = callers.actingFor(token, tenant);
    NetworkInterface nic = tenantInterface(caller, tenant, id);
    List<Allocation> all = new ArrayList<>(search.ofInterface(caller, nic.id(), AllocationState.ALLOCATED));
    allow.allowedOn(caller, nic.id()).stream().filter(allocation -> !all.contains(allocation)).forEach(all::add);
    return Document.of("ip_addresses", all.stream().map(IpAddressView::of).toList());
  }

  /** #62: body {@code {"allowed_ip": {"network_id", "ip_address"}}}, both required. */
  @Post
  HttpResponse<Document> create(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("interface_id") String id) {
    Principal caller = callers.actingFor(token, tenant);
    NetworkInterface nic = tenantInterface(caller, tenant, id);
    Params params = bodies.wrapped(request, "allowed_ip");
    InvalidValues problems = new InvalidValues();
    NetworkId network = params.parsed("network_id", NetworkId::new, problems);
    IpAddress address = params.parsed("ip_address", text -> IpAddress.parse(text, "ip_address"), problems);
    for (String field : List.of("network_id", "ip_address")) {
      if (params.values().get(field) == null && !problems.hasAny(field)) {
        problems.add(field, field + " should be present");
      }
    }
    problems.throwIfAny();
    AllowAddresses.Result result = allow.allow(caller, nic.id(), network, address);
    return switch (result.outcome()) {
      case ALLOWED -> HttpResponse.created(Document.of("ip_address", IpAddressView.of(result.allocation())));
      case NO_SUCH_ADDRESS -> throw MelangeFault.notFound("IpAddress with {'address': "
          + InvalidValues.quote(address.toExpandedString()) + ", 'used_by_tenant': " + InvalidValues.quote(tenant)
          + "} for network " + network + " not found");
      case INTERFACE_NOT_ON_NETWORK -> throw MelangeFault.unprocessable("Ip " + address.toExpandedString()
          + " cannot be allowed on interface " + nic.id() + " as interface is not configured for ip's network");
    };
  }

  /** #63 */
  @Get("/{address}")
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable("interface_id") String id, @PathVariable String address) {
    Principal caller = callers.actingFor(token, tenant);
    NetworkInterface nic = tenantInterface(caller, tenant, id);
    Allocation allowed = parsed(address).flatMap(ip -> allow.allowed(caller, nic.id(), ip))
        .orElseThrow(() -> notAllowed(address, nic));
    return Document.of("ip_address", IpAddressView.of(allowed));
  }

  /** #64 */
  @Delete("/{address}")
  HttpResponse<?> delete(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("interface_id") String id,
      @PathVariable String address) {
    Principal caller = callers.actingFor(token, tenant);
    NetworkInterface nic = tenantInterface(caller, tenant, id);
    if (!parsed(address).map(ip -> allow.disallow(caller, nic.id(), ip)).orElse(false)) {
      throw notAllowed(address, nic);
    }
    return HttpResponse.ok();
  }

  private NetworkInterface tenantInterface(Principal caller, String tenant, String id) {
    NetworkInterface nic = interfaces.get(caller, DeviceInterfaces.interfaceId(id));
    if (!nic.tenant().value().equals(tenant)) {
      throw new NotFound(NotFound.Kind.INTERFACE, id);
    }
    return nic;
  }

  private static Optional<IpAddress> parsed(String address) {
    try {
      return Optional.of(IpAddress.parse(address));
    } catch (RuntimeException notAnAddress) {
      return Optional.empty();
    }
  }

  private static MelangeFault notAllowed(String address, NetworkInterface nic) {
    return MelangeFault.notFound("Ip Address " + address + " hasnt been allowed on interface " + nic.id());
  }
}
