package io.openipam.adapters.scaleway.fip;

import io.openipam.adapters.scaleway.auth.Callers;
import io.openipam.adapters.scaleway.auth.Project;
import io.openipam.adapters.scaleway.fault.ScalewayError;
import io.openipam.adapters.scaleway.http.Fields;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.application.port.in.FindPools;
import io.openipam.application.port.in.FindPublicAllocations;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Settling;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a FIP of the zone among the projects the key reaches, and says as whom to act on it.
 * Another organization's FIP, a FIP of another zone, and a deleted one are all not found.
 */
@Singleton
class OwnedFips {

  /** A FIP and the principal of its project. */
  record Owned(Allocation allocation, Principal actingAs) {}

  /** A FIP deleted while attached, as it was, and its window (spec §4.5). */
  record Departing(Allocation allocation, Settling settling) {}

  private final Callers callers;
  private final FindPublicAllocations find;
  private final FindAllocations anyState;
  private final FindPools pools;
  private final Transitions transitions;

  OwnedFips(Callers callers, FindPublicAllocations find, FindAllocations anyState, FindPools pools,
      Transitions transitions) {
    this.callers = callers;
    this.find = find;
    this.anyState = anyState;
    this.pools = pools;
    this.transitions = transitions;
  }

  /** The project's FIPs of the location: its IPv4 addresses and IPv6 /64s from the public pools, by id. */
  List<Allocation> inProject(Principal actingAs, Project project, LocationId location) {
    List<Allocation> fips = new ArrayList<>(find.list(actingAs, project.tenant(), location, IpFamily.V4, 32));
    fips.addAll(find.list(actingAs, project.tenant(), location, IpFamily.V6, 64));
    return fips;
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
    if (departing(key, location, fipId).isPresent()) {
      throw ScalewayError.transientState("flexible_ip", id.value(), "detaching");
    }
    throw ScalewayError.notFound(resource, id.value());
  }

  /**
   * A FIP of the zone the key deleted while attached, still detaching: its released allocation,
   * read from the database, so every server process shows it alike.
   */
  Optional<Departing> departing(Principal key, LocationId location, String fipId) {
    if (!Fields.isUuid(fipId)) {
      return Optional.empty();
    }
    AllocationId id = new AllocationId(Fields.uuid("fip_id", fipId));
    Optional<Settling> settling = transitions.current(id)
        .filter(window -> window.phase() == Settling.Phase.RELEASING);
    if (settling.isEmpty()) {
      return Optional.empty();
    }
    for (Project project : callers.reachable(key)) {
      Principal actingAs = callers.forProject(key, project, "read");
      try {
        Allocation released = anyState.get(actingAs, id);
        if (released.isReleased() && released.lessee().equals(project.tenant())
            && Objects.equals(pools.holding(actingAs, released).location(), location)) {
          return Optional.of(new Departing(released, settling.get()));
        }
      } catch (NotFound elsewhere) {
        // try the key's next project
      }
    }
    return Optional.empty();
  }
}
