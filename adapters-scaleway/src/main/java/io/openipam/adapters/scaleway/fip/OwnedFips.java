package io.openipam.adapters.scaleway.fip;

import io.openipam.adapters.scaleway.auth.Callers;
import io.openipam.adapters.scaleway.auth.Project;
import io.openipam.adapters.scaleway.fault.ScalewayError;
import io.openipam.adapters.scaleway.http.Fields;
import io.openipam.application.port.in.FindPublicAllocations;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a FIP of the zone among the projects the key reaches, and says as whom to act on it.
 * Another organization's FIP, a FIP of another zone, and a deleted one are all not found.
 */
@Singleton
class OwnedFips {

  /** A FIP and the principal of its project. */
  record Owned(Allocation allocation, Principal actingAs) {}

  private final Callers callers;
  private final FindPublicAllocations find;
  private final Transitions transitions;

  OwnedFips(Callers callers, FindPublicAllocations find, Transitions transitions) {
    this.callers = callers;
    this.find = find;
    this.transitions = transitions;
  }

  /** {@code resource}: how a not-found names it ({@code flexible_ip}, or {@code flexible_ips} on MAC routes). */
  Owned find(Principal key, LocationId location, String argument, String fipId, String resource) {
    AllocationId id = new AllocationId(Fields.uuid(argument, fipId));
    for (Project project : callers.reachable(key)) {
      Principal actingAs = callers.forProject(key, project, "read");
      try {
        return new Owned(find.get(actingAs, location, id), actingAs);
      } catch (NotFound elsewhere) {
        // try the key's next project
      }
    }
    if (departing(key, id.value()).isPresent()) {
      throw ScalewayError.transientState("flexible_ip", id.value(), "detaching");
    }
    throw ScalewayError.notFound(resource, id.value());
  }

  /** A FIP the key deleted while attached, still detaching, as it last looked. */
  Optional<Map<String, Object>> departing(Principal key, String fipId) {
    if (!Fields.isUuid(fipId)) {
      return Optional.empty();
    }
    return transitions.current(new AllocationId(Fields.uuid("fip_id", fipId)))
        .map(Transitions.Transition::departing)
        .filter(view -> callers.reachable(key).stream().anyMatch(p -> p.id().equals(view.get("project_id"))));
  }

  /** 409 while the FIP is in a transient status (spec §5). */
  void requireSettled(Allocation allocation, FlexibleIpViews views) {
    if (transitions.current(allocation.id()).isPresent()) {
      throw ScalewayError.transientState("flexible_ip", allocation.id().value(), views.status(allocation));
    }
  }
}
