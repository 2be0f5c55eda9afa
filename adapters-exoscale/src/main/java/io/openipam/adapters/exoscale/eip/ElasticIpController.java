package io.openipam.adapters.exoscale.eip;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.openipam.adapters.exoscale.auth.Caller;
import io.openipam.adapters.exoscale.auth.Callers;
import io.openipam.adapters.exoscale.fault.AnswersInExoscaleShape;
import io.openipam.adapters.exoscale.fault.ExoscaleError;
import io.openipam.adapters.exoscale.http.JsonBodies;
import io.openipam.adapters.exoscale.http.Wire;
import io.openipam.adapters.exoscale.operation.Operations;
import io.openipam.application.port.in.AllocateAndRecordPublicAddress;
import io.openipam.application.port.in.AmendAllocation;
import io.openipam.application.port.in.AttachToDevices;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.change.Change;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /v2/elastic-ip} (spec §1.3, §3, §8). An Elastic IP is an allocation leased to the
 * caller's organization from the public pools of the zone's location: a /32, or a /96 for
 * inet6. Every mutation is checked synchronously, applied, and answered with an operation.
 */
@Controller("/v2/elastic-ip")
@AnswersInExoscaleShape
@Consumes(MediaType.ALL)
@Produces(MediaType.APPLICATION_JSON)
class ElasticIpController {

  private final Callers callers;
  private final JsonBodies bodies;
  private final Operations operations;
  private final ElasticIps elasticIps;
  private final AllocateAndRecordPublicAddress allocate;
  private final AmendAllocation amend;
  private final AttachToDevices attach;
  private final ReleaseAllocation release;

  ElasticIpController(Callers callers, JsonBodies bodies, Operations operations, ElasticIps elasticIps,
      AllocateAndRecordPublicAddress allocate, AmendAllocation amend, AttachToDevices attach,
      ReleaseAllocation release) {
    this.callers = callers;
    this.bodies = bodies;
    this.operations = operations;
    this.elasticIps = elasticIps;
    this.allocate = allocate;
    this.amend = amend;
    this.attach = attach;
    this.release = release;
  }

  /** list-elastic-ips: every Elastic IP of the organization in this zone, oldest first; no filters. */
  @Get
  Wire list(HttpRequest<?> request) {
    Caller caller = callers.of(request);
    List<Map<String, Object>> items = elasticIps.all(caller).stream()
        .map(allocation -> new ElasticIpView(allocation, AddressFamily.of(allocation).orElseThrow()).json())
        .toList();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("elastic-ips", items);
    return () -> json;
  }

  /** create-elastic-ip */
  @Post
  Wire create(HttpRequest<?> request) {
    Caller caller = callers.of(request);
    ElasticIpRequests.NewElasticIp wanted = ElasticIpRequests.create(bodies.object(request, caller.body()));
    // One step in the core: a failed record leaves no address behind for a retried POST to duplicate (spec §6.2).
    return operations.accepted(allocate.allocate(caller.principal(), caller.zone().location(), wanted.family().family,
        wanted.family().unitLength, wanted.details()));
  }

  /** get-elastic-ip */
  @Get("/{id}")
  Wire get(HttpRequest<?> request, @PathVariable String id) {
    Caller caller = callers.of(request);
    Allocation allocation = elasticIps.of(caller, id);
    return new ElasticIpView(allocation, AddressFamily.of(allocation).orElseThrow());
  }

  /**
   * update-elastic-ip, and attach/detach-instance, whose action sits in the id's own segment
   * ({@code <uuid>:attach}); a colon sent as {@code %3A} routes the same (spec §10.26), as the
   * router has decoded it once already. Decoding again would read {@code %253A} as a colon too.
   */
  @Put("/{target}")
  Wire put(HttpRequest<?> request, @PathVariable String target) {
    Caller caller = callers.of(request);
    String[] parts = target.split(":", 2);
    Allocation current = elasticIps.of(caller, parts[0]);
    if (parts.length == 1) {
      AmendAllocation.Amendment amendment = ElasticIpRequests.update(bodies.object(request, caller.body()), current);
      return operations.accepted(caller, amend.amend(caller.principal(), current.id(), null, amendment),
          Change.Kind.AMENDED);
    }
    String instance = ElasticIpRequests.instance(bodies.object(request, caller.body()));
    return switch (parts[1]) {
      case "attach" -> attach(caller, current, instance);
      case "detach" -> detach(caller, current, instance);
      default -> throw ExoscaleError.notFound("Not found");
    };
  }

  /**
   * An Elastic IP holds one or several instances, and an instance several Elastic IPs (spec §8);
   * attaching an instance it holds already changes nothing ([I]).
   */
  private Wire attach(Caller caller, Allocation current, String instance) {
    Allocation attached = attach.attach(caller.principal(), current.id(), instance);
    return operations.accepted(caller, attached, Change.Kind.ATTACHED);
  }

  /** Detaching an instance that is not attached is a 404, which Terraform reads as "already detached". */
  private Wire detach(Caller caller, Allocation current, String instance) {
    if (!attach.devices(caller.principal(), current.id()).contains(instance)) {
      throw ExoscaleError.notFound("Instance " + instance + " is not attached to Elastic IP " + current.id());
    }
    return operations.accepted(caller, attach.detach(caller.principal(), current.id(), instance), Change.Kind.DETACHED);
  }

  /** delete-elastic-ip: an attached one is refused, not detached (spec §3.6). */
  @Delete("/{id}")
  Wire delete(HttpRequest<?> request, @PathVariable String id) {
    Caller caller = callers.of(request);
    Allocation current = elasticIps.of(caller, id);
    Allocation released = release.release(caller.principal(), current.id(), ReleaseAllocation.WhenAttached.REFUSE);
    return operations.accepted(caller, released, Change.Kind.RELEASED);
  }

  /** reset-elastic-ip-field: {@code description} is the only field (spec §1.3). */
  @Delete("/{id}/{field}")
  Wire resetField(HttpRequest<?> request, @PathVariable String id, @PathVariable String field) {
    Caller caller = callers.of(request);
    Allocation current = elasticIps.of(caller, id);
    if (!field.equals("description")) {
      throw ExoscaleError.notOneOf(field, "field", "Field to reset", "description");
    }
    AmendAllocation.Amendment reset = new AmendAllocation.Amendment(Optional.empty(), null, null, null, null);
    return operations.accepted(caller, amend.amend(caller.principal(), current.id(), null, reset),
        Change.Kind.AMENDED);
  }
}
