package io.openipam.adapters.scaleway.fip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.scaleway.auth.Callers;
import io.openipam.adapters.scaleway.fault.AnswersInScalewayShape;
import io.openipam.adapters.scaleway.fault.ScalewayError;
import io.openipam.adapters.scaleway.http.Fields;
import io.openipam.adapters.scaleway.http.Json;
import io.openipam.adapters.scaleway.http.JsonBodies;
import io.openipam.application.port.in.AssignMac;
import io.openipam.application.port.in.AttachTogether;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.allocation.Settling;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Operations 6–11 of the spec (§4.6–4.11): attach and detach several FIPs at once, and the
 * virtual MAC of a FIP (generate, duplicate, move, delete) under the MAC-group rules of §7.
 */
@Controller("/flexible-ip/v1alpha1/zones/{zone}/fips")
@AnswersInScalewayShape
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class FlexibleIpActionsController {

  private static final String MAC_ROUTES = "flexible_ips";

  private final Callers callers;
  private final Zones zones;
  private final OwnedFips owned;
  private final FlexibleIpViews views;
  private final Transitions transitions;
  private final ServerQuota quota;
  private final JsonBodies bodies;
  private final AttachTogether together;
  private final AssignMac macs;

  FlexibleIpActionsController(Callers callers, Zones zones, OwnedFips owned, FlexibleIpViews views,
      Transitions transitions, ServerQuota quota, JsonBodies bodies, AttachTogether together, AssignMac macs) {
    this.callers = callers;
    this.zones = zones;
    this.owned = owned;
    this.views = views;
    this.transitions = transitions;
    this.quota = quota;
    this.bodies = bodies;
    this.together = together;
    this.macs = macs;
  }

  /** #6: attaches (or moves) the FIPs to the server; they show {@code updating} until it settles. */
  @Post("/attach")
  Json attach(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("zone") String zone) {
    Principal key = callers.authenticated(token);
    LocationId location = zones.locate(zone);
    Fields fields = bodies.read(request);
    List<String> ids = fields.requiredUuids("fips_ids");
    Attachment server = Attachment.device(fields.requiredUuid("server_id"));
    Map<Principal, List<Allocation>> groups = byProject(key, location, ids);
    MacGroups.requireOneGroup(groups.values().stream().flatMap(List::stream).toList());
    List<Transitions.Starting> moving = groups.values().stream().flatMap(List::stream)
        .filter(before -> !Objects.equals(before.attachment(), server))
        .map(before -> Transitions.Starting.of(before, Settling.Phase.ATTACHING))
        .toList();
    quota.check(key, location, server.deviceId(), moving.size());
    List<Allocation> after = transitions.during(moving, () -> {
      List<Allocation> changed = new ArrayList<>();
      groups.forEach((actingAs, fips) -> changed.addAll(together.attach(actingAs, idsOf(fips), server)));
      return changed;
    });
    return envelope(after, zone);
  }

  /** #7: detaching an unattached FIP is a no-op; an attached one shows {@code detaching} until it settles. */
  @Post("/detach")
  Json detach(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("zone") String zone) {
    Principal key = callers.authenticated(token);
    LocationId location = zones.locate(zone);
    List<String> ids = bodies.read(request).requiredUuids("fips_ids");
    Map<Principal, List<Allocation>> groups = byProject(key, location, ids);
    List<Transitions.Starting> leaving = groups.values().stream().flatMap(List::stream)
        .filter(Allocation::isAttached)
        .map(before -> Transitions.Starting.leaving(before, Settling.Phase.DETACHING))
        .toList();
    List<Allocation> after = transitions.during(leaving, () -> {
      List<Allocation> changed = new ArrayList<>();
      groups.forEach((actingAs, fips) -> changed.addAll(together.detach(actingAs, idsOf(fips))));
      return changed;
    });
    return envelope(after, zone);
  }

  /** #8: a new MAC of the type's prefix, replacing any the FIP had (it leaves its group). */
  @Post("/{fip_id}/mac")
  Json generateMac(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("zone") String zone, @PathVariable("fip_id") String fipId) {
    Principal key = callers.authenticated(token);
    LocationId location = zones.locate(zone);
    Fields fields = bodies.read(request);
    var prefix = MacTypes.prefix(fields.string("mac_type", 32));
    OwnedFips.Owned fip = settled(key, location, "fip_id", fipId);
    return macChanged(fip.allocation(), () -> macs.generate(fip.actingAs(), fip.allocation().id(), prefix), zone);
  }

  /** #9: the FIP of the path takes the MAC of {@code duplicate_from_fip_id}; both must be on one server. */
  @Post("/{fip_id}/mac/duplicate")
  Json duplicateMac(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("zone") String zone, @PathVariable("fip_id") String fipId) {
    Principal key = callers.authenticated(token);
    LocationId location = zones.locate(zone);
    String sourceId = bodies.read(request).requiredUuid("duplicate_from_fip_id");
    OwnedFips.Owned target = settled(key, location, "fip_id", fipId);
    OwnedFips.Owned source = settled(key, location, "duplicate_from_fip_id", sourceId);
    return macChanged(target.allocation(),
        () -> macs.share(target.actingAs(), target.allocation().id(), source.allocation().id()), zone);
  }

  /** #10: {@code dst_fip_id} takes the MAC of the FIP of the path, which loses it; answers the destination. */
  @Post("/{fip_id}/mac/move")
  Json moveMac(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("zone") String zone, @PathVariable("fip_id") String fipId) {
    Principal key = callers.authenticated(token);
    LocationId location = zones.locate(zone);
    String destinationId = bodies.read(request).requiredUuid("dst_fip_id");
    OwnedFips.Owned source = settled(key, location, "fip_id", fipId);
    OwnedFips.Owned destination = settled(key, location, "dst_fip_id", destinationId);
    return macChanged(destination.allocation(),
        () -> macs.move(source.actingAs(), source.allocation().id(), destination.allocation().id()), zone);
  }

  /** #11: 204; the other members of its group keep the MAC. A FIP without a MAC: 404. */
  @Delete("/{fip_id}/mac")
  HttpResponse<?> deleteMac(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("zone") String zone,
      @PathVariable("fip_id") String fipId) {
    Principal key = callers.authenticated(token);
    LocationId location = zones.locate(zone);
    OwnedFips.Owned fip = settled(key, location, "fip_id", fipId);
    if (fip.allocation().mac() == null) {
      throw ScalewayError.notFound("mac_address", fip.allocation().id().value());
    }
    macs.remove(fip.actingAs(), fip.allocation().id());
    return HttpResponse.noContent();
  }

  private OwnedFips.Owned settled(Principal key, LocationId location, String argument, String fipId) {
    OwnedFips.Owned fip = owned.find(key, location, argument, fipId, MAC_ROUTES);
    transitions.requireSettled(fip.allocation());
    return fip;
  }

  /** On an attached FIP ({@code changing}) the change takes a while: FIP and MAC show {@code updating} (spec §4.8). */
  private Json macChanged(Allocation changing, Supplier<Allocation> change, String zone) {
    List<Transitions.Starting> reconfiguring = changing.isAttached()
        ? List.of(Transitions.Starting.of(changing, Settling.Phase.RECONFIGURING))
        : List.of();
    return new Json(views.of(transitions.during(reconfiguring, change), zone));
  }

  /** The FIPs by the project they belong to, each checked settled; one not found fails the whole call. */
  private Map<Principal, List<Allocation>> byProject(Principal key, LocationId location, List<String> ids) {
    Map<Principal, List<Allocation>> groups = new LinkedHashMap<>();
    for (String id : ids) {
      OwnedFips.Owned fip = owned.find(key, location, "fips_ids", id, "flexible_ip");
      transitions.requireSettled(fip.allocation());
      groups.computeIfAbsent(fip.actingAs(), principal -> new ArrayList<>()).add(fip.allocation());
    }
    return groups;
  }

  private static List<AllocationId> idsOf(List<Allocation> allocations) {
    return allocations.stream().map(Allocation::id).toList();
  }

  private Json envelope(List<Allocation> allocations, String zone) {
    Map<AllocationId, Settling> settling = transitions.current(idsOf(allocations));
    return new Json(views.list(allocations.stream()
        .map(allocation -> views.of(allocation, zone, settling.get(allocation.id()))).toList(), allocations.size()));
  }
}
