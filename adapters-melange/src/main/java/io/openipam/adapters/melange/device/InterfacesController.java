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
import io.openipam.adapters.melange.auth.Callers;
import io.openipam.adapters.melange.fault.AnswersWithFaults;
import io.openipam.adapters.melange.http.RequestBodies;
import io.openipam.adapters.melange.network.NetworkAllocation;
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.ConfigureInterface;
import io.openipam.application.port.in.FindInterfaces;
import io.openipam.application.port.in.RemoveInterface;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.tenant.Principal;

/**
 * Interfaces by the caller's interface id, routes #58–#60 (spec §5.8), on {@code /v0.1} only.
 * Creating and deleting them are routes under no tenant, for operators (Melange's role admin);
 * a tenant reads its own. [I] {@code default_cidr} is not offered: a network without blocks is
 * not found, as with Melange's default configuration.
 */
@Controller("/{version:v0\\.1}/ipam")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class InterfacesController {

  private final Callers callers;
  private final RequestBodies bodies;
  private final ConfigureInterface configure;
  private final FindInterfaces findInterfaces;
  private final RemoveInterface removeInterface;
  private final NetworkAllocation networks;
  private final InterfaceViews views;

  InterfacesController(Callers callers, RequestBodies bodies, ConfigureInterface configure,
      FindInterfaces findInterfaces, RemoveInterface removeInterface, NetworkAllocation networks,
      InterfaceViews views) {
    this.callers = callers;
    this.bodies = bodies;
    this.configure = configure;
    this.findInterfaces = findInterfaces;
    this.removeInterface = removeInterface;
    this.networks = networks;
    this.views = views;
  }

  /**
   * #58: the interface, its MAC, and addresses of the network named in the body. If allocating
   * fails, the interface is removed again and nothing stays behind.
   */
  @Post("/interfaces")
  HttpResponse<Document> create(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token) {
    Principal caller = callers.operator(token);
    InterfaceRequest wanted = InterfaceRequest.read(bodies.wrapped(request, "interface"));
    InterfaceRequest.Network network = wanted.network();
    NetworkInterface nic = configure.create(caller, new ConfigureInterface.Wanted(wanted.id(), wanted.tenant(),
        wanted.deviceId(), wanted.mac(), network == null ? null : network.id()));
    try {
      if (network != null) {
        networks.allocate(caller, network.id(), network.owner(), nic, network.addresses());
      }
    } catch (RuntimeException failed) {
      removeInterface.remove(caller, nic.id());
      throw failed;
    }
    return HttpResponse.created(Document.of("interface", views.of(caller, nic)));
  }

  /** #59: its addresses are deallocated and its MAC goes back to its range. */
  @Delete("/interfaces/{id}")
  HttpResponse<?> delete(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable String id) {
    Principal caller = callers.operator(token);
    removeInterface.remove(caller, interfaceId(id));
    return HttpResponse.ok();
  }

  /** #60: the interface must be the URL tenant's. */
  @Get("/tenants/{tenant_id}/interfaces/{id}")
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    NetworkInterface nic = findInterfaces.get(caller, interfaceId(id));
    if (!nic.tenant().value().equals(tenant)) {
      throw new NotFound(NotFound.Kind.INTERFACE, id);
    }
    return Document.of("interface", views.of(caller, nic));
  }

  static InterfaceId interfaceId(String id) {
    try {
      return new InterfaceId(id);
    } catch (Invalid notAnId) {
      throw new NotFound(NotFound.Kind.INTERFACE, id);
    }
  }
}
