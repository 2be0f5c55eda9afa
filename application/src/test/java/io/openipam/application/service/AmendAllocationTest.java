package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.AmendAllocation.Amendment;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.HealthCheck;
import io.openipam.domain.allocation.Labels;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmendAllocationTest {

  private static final MacAddress MAC = MacAddress.parse("00:ff:12:89:67:34");
  private static final HealthCheck TCP = HealthCheck.of(HealthCheck.Mode.TCP, 22, null, null, null, null, null, null,
      null);
  private static final Amendment NOTHING = new Amendment(null, null, null, null, null);

  private final Ipam ipam = new Ipam();
  private final Pool pool = ipam.add(APool.of("10.0.0.0/29"));
  private final Allocation allocation = ipam.allocateFromPool.allocateNext(ALICE, pool.id(),
      new AllocationDetails(null, null, MAC, "web", Labels.of(Map.of("tier", "front")), "web.example.", TCP));

  @Test
  void sets_what_the_amendment_names_at_the_next_version() {
    ipam.clock.advance(Duration.ofMinutes(1));

    Allocation amended = ipam.amend.amend(ALICE, allocation.id(), null, new Amendment(Optional.of("db"),
        Labels.of(Map.of("tier", "back")), Optional.of("db.example."), Optional.empty(),
        Optional.of(MAC.plus(1))));

    assertEquals("db", amended.description());
    assertEquals("back", amended.labels().entries().get("tier"));
    assertEquals("db.example.", amended.reverseDns());
    assertNull(amended.healthCheck());
    assertEquals(MAC.plus(1), amended.mac());
    assertEquals(1, amended.version());
    assertEquals(Ipam.T0.plus(Duration.ofMinutes(1)), amended.updatedAt());
    assertEquals(amended, ipam.reread(allocation));
  }

  @Test
  void null_parts_are_kept_and_empty_ones_cleared() {
    Allocation kept = ipam.amend.amend(ALICE, allocation.id(), null, NOTHING);
    Allocation cleared = ipam.amend.amend(ALICE, allocation.id(), null, new Amendment(Optional.empty(),
        Labels.NONE, Optional.empty(), Optional.empty(), Optional.empty()));

    assertEquals("web", kept.description());
    assertEquals(Labels.of(Map.of("tier", "front")), kept.labels());
    assertEquals("web.example.", kept.reverseDns());
    assertEquals(TCP, kept.healthCheck());
    assertEquals(MAC, kept.mac());
    assertNull(cleared.description());
    assertEquals(Labels.NONE, cleared.labels());
    assertNull(cleared.reverseDns());
    assertNull(cleared.healthCheck());
    assertNull(cleared.mac());
    assertEquals(2, cleared.version());
  }

  @Test
  void amends_when_the_expected_version_is_current() {
    ipam.amend.amend(ALICE, allocation.id(), null, NOTHING);

    assertEquals(2, ipam.amend.amend(ALICE, allocation.id(), 1L, new Amendment(Optional.of("x"), null, null, null,
        null)).version());
  }

  @Test
  void a_stale_expected_version_is_a_conflict() {
    ipam.amend.amend(ALICE, allocation.id(), null, NOTHING);

    Conflict conflict = assertThrows(Conflict.class, () -> ipam.amend.amend(ALICE, allocation.id(), 0L,
        new Amendment(Optional.of("x"), null, null, null, null)));

    assertEquals(Conflict.Reason.STALE_VERSION, conflict.reason());
    assertEquals(allocation.id().value(), conflict.subject());
    assertEquals("web", ipam.reread(allocation).description());
    assertEquals(1, ipam.reread(allocation).version());
  }

  @Test
  void a_change_made_between_read_and_write_is_a_stale_version() {
    ipam.allocations.beforeNextUpdate(() -> ipam.amend.amend(ALICE, allocation.id(), null,
        new Amendment(Optional.of("theirs"), null, null, null, null)));

    Conflict conflict = assertThrows(Conflict.class, () -> ipam.amend.amend(ALICE, allocation.id(), 0L,
        new Amendment(Optional.of("mine"), null, null, null, null)));

    assertEquals(Conflict.Reason.STALE_VERSION, conflict.reason());
    assertEquals(allocation.id().value(), conflict.subject(), "says which allocation, for the dialects' error bodies");
    assertEquals("theirs", ipam.reread(allocation).description());
  }

  @Test
  void refuses_a_description_longer_than_1024_characters() {
    Invalid invalid = assertThrows(Invalid.class, () -> new Amendment(Optional.of("x".repeat(1025)), null, null,
        null, null));

    assertEquals(Invalid.Reason.MALFORMED, invalid.reason());
    assertEquals("description", invalid.field());
  }

  @Test
  void another_tenant_cannot_amend_it() {
    assertThrows(NotFound.class, () -> ipam.amend.amend(BOB, allocation.id(), null,
        new Amendment(Optional.of("x"), null, null, null, null)));
    assertEquals("web", ipam.reread(allocation).description());
  }
}
