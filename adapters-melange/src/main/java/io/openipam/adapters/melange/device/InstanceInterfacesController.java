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
import io.micronaut.http.annotation.Put;
import io.openipam.adapters.melange.auth.Callers;
import io.openipam.adapters.melange.fault.AnswersWithFaults;
import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.http.Params;
import io.openipam.adapters.melange.http.RequestBodies;
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.FindInterfaces;
import io.openipam.application.port.in.RemoveInterface;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A device's interfaces, routes #43–#49 (spec §5.9), under both versions. The interfaces have no
 * id of the caller's: they are named by the id they were given here. Routes under no tenant are
 * for operators (Melange's role admin); #49 is the interface tenant's.
 */
@Controller("/{version:v0\\.1|v1\\.0}/ipam")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class InstanceInterfacesController {

  private static final int MOST_INTERFACES = 64;

  private final Callers callers;
  private final RequestBodies bodies;
  private final InterfaceSetup setup;
  private final FindInterfaces findInterfaces;
  private final RemoveInterface removeInterface;
  private final InterfaceViews views;
  private final DeviceInterfaces devices;

  InstanceInterfacesController(Callers callers, RequestBodies bodies, InterfaceSetup setup,
      FindInterfaces findInterfaces, RemoveInterface removeInterface, InterfaceViews views, DeviceInterfaces devices) {
    this.callers = callers;
    this.bodies = bodies;
    this.setup = setup;
    this.findInterfaces = findInterfaces;
    this.removeInterface = removeInterface;
    this.views = views;
    this.devices = devices;
  }

  /**
   * #43: replaces every interface of the device. Body {@code {"instance": {"tenant_id",
   * "interfaces": [{"network": {...}, "mac_address"}, ...]}}}; [I] a missing tenant_id or
   * interfaces list is a 400 (Melange: 500). The body is checked before anything is removed.
   */
  @Put("/instances/{device_id}/interfaces")
  Document replace(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("device_id") String device) {
    Principal caller = callers.operator(token);
    Params instance = bodies.wrapped(request, "instance");
    InvalidValues problems = new InvalidValues();
    TenantId tenant = InterfaceRequest.requiredTenant(instance, problems);
    List<InterfaceRequest> wanted = new ArrayList<>();
    Object items = instance.values().get("interfaces");
    if (!(items instanceof List<?> list) || list.size() > MOST_INTERFACES) {
      problems.add("interfaces", "interfaces should be a list of at most " + MOST_INTERFACES + " interfaces");
    } else {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          wanted.add(InterfaceRequest.ofDevice(params(map), tenant, deviceId(device), problems));
        } else {
          problems.add("interfaces", "each interface should be an object");
        }
      }
    }
    problems.throwIfAny();
    removeAll(caller, device);
    List<InterfaceView> created = new ArrayList<>();
    for (InterfaceRequest each : wanted) {
      created.add(views.of(caller, setup.create(caller, each)));
    }
    return instance(created);
  }

  /** #44: an unknown device has none (the API document's 404 is wrong). */
  @Get("/instances/{device_id}/interfaces")
  Document list(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("device_id") String device) {
    Principal caller = callers.operator(token);
    return instance(findInterfaces.ofDevice(caller, device).stream().map(nic -> views.of(caller, nic)).toList());
  }

  /** #45 */
  @Delete("/instances/{device_id}/interfaces")
  HttpResponse<?> deleteAll(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("device_id") String device) {
    removeAll(callers.operator(token), device);
    return HttpResponse.ok();
  }

  /** #46: answers 200, not 201, as Melange did. Body {@code {"interface": {tenant_id, mac_address, network}}}. */
  @Post("/instances/{device_id}/interfaces")
  Document create(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("device_id") String device) {
    Principal caller = callers.operator(token);
    Params body = bodies.wrapped(request, "interface");
    InvalidValues problems = new InvalidValues();
    TenantId tenant = InterfaceRequest.requiredTenant(body, problems);
    InterfaceRequest wanted = InterfaceRequest.ofDevice(body, tenant, deviceId(device), problems);
    problems.throwIfAny();
    return Document.of("interface", views.of(caller, setup.create(caller, wanted)));
  }

  /** #47 */
  @Get("/instances/{device_id}/interfaces/{id}")
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("device_id") String device,
      @PathVariable String id) {
    Principal caller = callers.operator(token);
    return Document.of("interface", views.of(caller, devices.ofDevice(caller, device, id)));
  }

  /** #48: its addresses are deallocated and its MAC goes back to its range. */
  @Delete("/instances/{device_id}/interfaces/{id}")
  HttpResponse<?> delete(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("device_id") String device, @PathVariable String id) {
    Principal caller = callers.operator(token);
    removeInterface.remove(caller, devices.ofDevice(caller, device, id).id());
    return HttpResponse.ok();
  }

  /** #49: the interface must also be the URL tenant's. */
  @Get("/tenants/{tenant_id}/instances/{device_id}/interfaces/{id}")
  Document showForTenant(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("device_id") String device, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    NetworkInterface nic = devices.ofDevice(caller, device, id);
    if (!nic.tenant().value().equals(tenant)) {
      throw new NotFound(NotFound.Kind.INTERFACE, id);
    }
    return Document.of("interface", views.of(caller, nic));
  }

  private void removeAll(Principal caller, String device) {
    findInterfaces.ofDevice(caller, device).forEach(nic -> removeInterface.remove(caller, nic.id()));
  }

  /** The device id of the path, which interfaces created here carry. */
  private static String deviceId(String device) {
    String problem = Params.unprintable("device_id", device);
    if (problem != null || device.length() > 255) {
      throw InvalidValues.of("device_id", problem != null ? problem : "device_id should be at most 255 characters");
    }
    return device;
  }

  private static Document instance(List<InterfaceView> interfaces) {
    return Document.of("instance", Map.of("interfaces", interfaces));
  }

  @SuppressWarnings("unchecked")
  private static Params params(Map<?, ?> map) {
    return new Params((Map<String, Object>) map);
  }
}
