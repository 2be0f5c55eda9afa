package io.openipam.adapters.scaleway.fip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.scaleway.auth.Callers;
import io.openipam.adapters.scaleway.auth.Project;
import io.openipam.adapters.scaleway.fault.AnswersInScalewayShape;
import io.openipam.adapters.scaleway.http.Fields;
import io.openipam.adapters.scaleway.http.Json;
import io.openipam.adapters.scaleway.http.JsonBodies;
import io.openipam.application.port.in.AllocatePublicAddress;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.AmendAllocation;
import io.openipam.application.port.in.AttachTogether;
import io.openipam.application.port.in.FindPublicAllocations;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.allocation.Labels;
import io.openipam.domain.allocation.Settling;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operations 1–5 of the spec (§4.1–4.5): list, create, get, update and delete flexible IPs.
 * A FIP is a live allocation leased from the operator's public pools of the zone's location.
 */
@Controller("/flexible-ip/v1alpha1/zones/{zone}/fips")
@AnswersInScalewayShape
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class FlexibleIpsController {

  static final int MAX_DESCRIPTION = 255;

  private final Callers callers;
  private final Zones zones;
  private final OwnedFips owned;
  private final FlexibleIpViews views;
  private final Transitions transitions;
  private final ServerQuota quota;
  private final JsonBodies bodies;
  private final FindPublicAllocations find;
  private final AllocatePublicAddress allocate;
  private final AttachTogether attach;
  private final AmendAllocation amend;
  private final ReleaseAllocation release;

  FlexibleIpsController(Callers callers, Zones zones, OwnedFips owned, FlexibleIpViews views, Transitions transitions,
      ServerQuota quota, JsonBodies bodies, FindPublicAllocations find, AllocatePublicAddress allocate, AttachTogether attach,
      AmendAllocation amend, ReleaseAllocation release) {
    this.callers = callers;
    this.zones = zones;
    this.owned = owned;
    this.views = views;
    this.transitions = transitions;
    this.quota = quota;
    this.bodies = bodies;
    this.find = find;
    this.allocate = allocate;
    this.attach = attach;
    this.amend = amend;
    this.release = release;
  }

  /** #1: the key's FIPs of the zone, filtered, ordered and paged; {@code total_count} across pages. */
  @Get
  Json list(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("zone") String zone) {
    Principal key = callers.authenticated(token);
    LocationId location = zones.locate(zone);
    ListQuery query = ListQuery.of(request.getParameters());
    List<Allocation> fips = new ArrayList<>();
    for (Project project : projectsListed(key, query)) {
      fips.addAll(owned.inProject(callers.forProject(key, project, "read"), project, location));
    }
    Map<AllocationId, Settling> settling = transitions.current(fips.stream().map(Allocation::id).toList());
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Allocation allocation : fips) {
      Map<String, Object> fip = views.of(allocation, zone, settling.get(allocation.id()));
      if (query.matches(fip)) {
        matching.add(fip);
      }
    }
    matching.sort(query.order());
    return new Json(views.list(query.page(matching), matching.size()));
  }

  /** #2: an IPv4 address or an IPv6 /64 for the project; attached at once when {@code server_id} is given. */
  @Post
  Json create(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("zone") String zone) {
    Principal key = callers.authenticated(token);
    LocationId location = zones.locate(zone);
    Fields fields = bodies.read(request);
    Project project = callers.project(fields.requiredUuid("project_id"));
    String description = fields.string("description", MAX_DESCRIPTION);
    List<String> tags = fields.strings("tags");
    String server = fields.optionalUuid("server_id");
    String reverse = Reverse.check(fields.string("reverse", Reverse.MAX_LENGTH));
    boolean ipv6 = fields.bool("is_ipv6");
    Principal actingAs = callers.forProject(key, project, "write");
    if (server != null) {
      quota.check(key, location, server, 1);
    }
    AllocationDetails details = new AllocationDetails(key.isOperator() ? project.tenant() : null, null, null,
        description == null || description.isEmpty() ? null : description,
        tags == null ? Labels.NONE : Tags.labels(tags),
        reverse == null || reverse.isEmpty() ? null : reverse, null);
    Allocation allocation = ipv6
        ? allocate.allocate(actingAs, location, IpFamily.V6, 64, details)
        : allocate.allocate(actingAs, location, IpFamily.V4, 32, details);
    if (server != null) {
      Allocation created = allocation;
      allocation = transitions.during(List.of(Transitions.Starting.of(created, Settling.Phase.ATTACHING)),
          () -> attach.attach(actingAs, List.of(created.id()), Attachment.device(server)).getFirst());
    }
    return new Json(views.of(allocation, zone));
  }

  /** #3; a FIP deleted while attached shows as {@code detaching} until it is gone. */
  @Get("/{fip_id}")
  Json get(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("zone") String zone,
      @PathVariable("fip_id") String fipId) {
    Principal key = callers.authenticated(token);
    LocationId location = zones.locate(zone);
    Optional<OwnedFips.Departing> departing = owned.departing(key, location, fipId);
    if (departing.isPresent()) {
      return new Json(views.of(departing.get().allocation(), zone, departing.get().settling()));
    }
    return new Json(views.of(owned.find(key, location, "fip_id", fipId, "flexible_ip").allocation(), zone));
  }

  /** #4: only the fields given change; {@code tags: []} clears the tags, {@code reverse: ""} restores the default. */
  @Patch("/{fip_id}")
  Json update(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("zone") String zone, @PathVariable("fip_id") String fipId) {
    Principal key = callers.authenticated(token);
    LocationId location = zones.locate(zone);
    Fields fields = bodies.read(request);
    String description = fields.string("description", MAX_DESCRIPTION);
    List<String> tags = fields.strings("tags");
    String reverse = Reverse.check(fields.string("reverse", Reverse.MAX_LENGTH));
    OwnedFips.Owned fip = owned.find(key, location, "fip_id", fipId, "flexible_ip");
    transitions.requireSettled(fip.allocation());
    AmendAllocation.Amendment amendment = new AmendAllocation.Amendment(
        description == null ? null : Optional.of(description).filter(text -> !text.isEmpty()),
        tags == null ? null : Tags.labels(tags),
        reverse == null ? null : Optional.of(reverse).filter(text -> !text.isEmpty()),
        null, null);
    Allocation updated = amend.amend(fip.actingAs(), fip.allocation().id(), fip.allocation().version(), amendment);
    return new Json(views.of(updated, zone));
  }

  /** #5: 204; an attached FIP detaches first and stays visible as {@code detaching} meanwhile. */
  @Delete("/{fip_id}")
  HttpResponse<?> delete(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("zone") String zone,
      @PathVariable("fip_id") String fipId) {
    Principal key = callers.authenticated(token);
    LocationId location = zones.locate(zone);
    OwnedFips.Owned fip = owned.find(key, location, "fip_id", fipId, "flexible_ip");
    Allocation before = fip.allocation();
    List<Transitions.Starting> departing = List.of();
    if (before.isAttached()) {
      departing = List.of(Transitions.Starting.leaving(before, Settling.Phase.RELEASING));
    } else {
      transitions.requireSettled(before);
    }
    transitions.during(departing,
        () -> release.release(fip.actingAs(), before.id(), ReleaseAllocation.WhenAttached.DETACH));
    return HttpResponse.noContent();
  }

  private List<Project> projectsListed(Principal key, ListQuery query) {
    if (query.projectId() != null) {
      Project project = callers.project(query.projectId());
      callers.forProject(key, project, "read");
      return query.organizationId() == null || query.organizationId().equals(project.organization())
          ? List.of(project) : List.of();
    }
    return callers.reachable(key).stream()
        .filter(project -> query.organizationId() == null || query.organizationId().equals(project.organization()))
        .toList();
  }
}
