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
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.FindInterfaces;
import io.openipam.application.port.in.RemoveInterface;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.tenant.Principal;

/**
 * Interfaces by the caller's interface id, routes #58–#60 (spec §5.8), on {@code /v0.1} only.
 * Creating and deleting them are routes under no tenant, for operators (Melange's role admin);
 * a tenant reads its own.
 */
@Controller("/{version:v0\\.1}/ipam")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class InterfacesController {

  private final Callers callers;
  private final RequestBodies bodies;
  private final InterfaceSetup setup;
  private final FindInterfaces findInterfaces;
  private final RemoveInterface removeInterface;
  private final InterfaceViews views;

  InterfacesController(Callers callers, RequestBodies bodies, InterfaceSetup setup, FindInterfaces findInterfaces,
      RemoveInterface removeInterface, InterfaceViews views) {
    this.callers = callers;
    this.bodies = bodies;
    this.setup = setup;
    this.findInterfaces = findInterfaces;
    this.removeInterface = removeInterface;
    this.views = views;
  }

  /**
   * #58: the interface, its MAC, and addresses of the network named in the body. If allocating
   * fails, the interface is removed again and nothing stays behind.
   */
  @Post("/interfaces")
  HttpResponse<Document> create(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token) {
    Principal caller = callers.operator(token);
    NetworkInterface nic = setup.create(caller, InterfaceRequest.read(bodies.wrapped(request, "interface")));
    return HttpResponse.created(Document.of("interface", views.of(caller, nic)));
  }

  /** #59: its addresses are deallocated and its MAC goes back to its range. */
  @Delete("/interfaces/{id}")
  HttpResponse<?> delete(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable String id) {
    Principal caller = callers.operator(token);
    removeInterface.remove(caller, DeviceInterfaces.interfaceId(id));
    return HttpResponse.ok();
  }

  /** #60: the interface must be the URL tenant's. */
  @Get("/tenants/{tenant_id}/interfaces/{id}")
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    NetworkInterface nic = findInterfaces.get(caller, DeviceInterfaces.interfaceId(id));
    if (!nic.tenant().value().equals(tenant)) {
      throw new NotFound(NotFound.Kind.INTERFACE, id);
    }
    return Document.of("interface", views.of(caller, nic));
  }

}
