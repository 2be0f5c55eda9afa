package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.InMemoryChanges;
import io.openipam.application.fakes.Ipam;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.change.Change;
import io.openipam.domain.change.ChangeId;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.Pool;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** RecordChange, FindChanges and PurgeChanges on the in-memory journal. */
class ChangeJournalTest {

  private static final LocationId PAR = new LocationId("par1");

  private final Ipam ipam = new Ipam();
  private final InMemoryChanges journal = new InMemoryChanges();
  private final RecordChangeService record = new RecordChangeService(journal, ipam.ids, ipam.clock);
  private final FindChangesService find = new FindChangesService(journal);
  private final PurgeChangesService purge = new PurgeChangesService(journal, ipam.clock);
  private final Pool pool = ipam.add(APool.of("10.0.0.0/29").owner(ALICE.tenant()));
  private final Allocation allocation = ipam.next(pool);

  @Test
  void records_who_what_where_and_when_and_reads_it_back() {
    Change change = record.record(ALICE, allocation, PAR, Change.Kind.ALLOCATED);

    assertEquals(ALICE.tenant(), change.tenant());
    assertEquals(allocation.id(), change.subject());
    assertEquals(PAR, change.location());
    assertEquals(Change.Kind.ALLOCATED, change.kind());
    assertEquals(Ipam.T0, change.acceptedAt());
    assertEquals(change, find.find(ALICE, change.id()).orElseThrow());
    assertEquals(change, find.find(OPERATOR, change.id()).orElseThrow());
  }

  @Test
  void another_tenant_neither_reads_nor_records_changes_of_what_it_cannot_see() {
    Change change = record.record(ALICE, allocation, null, Change.Kind.AMENDED);

    assertTrue(find.find(BOB, change.id()).isEmpty());
    assertThrows(NotFound.class, () -> record.record(BOB, allocation, null, Change.Kind.RELEASED));
    assertEquals(1, journal.size());
  }

  @Test
  void an_unknown_change_is_absent() {
    assertTrue(find.find(ALICE, new ChangeId("00000000-0000-0000-0000-00000000ffff")).isEmpty());
  }

  @Test
  void purging_forgets_only_what_is_older_than_the_age_given() {
    Change old = record.record(ALICE, allocation, PAR, Change.Kind.ALLOCATED);
    ipam.clock.advance(Duration.ofHours(25));
    Change recent = record.record(ALICE, allocation, PAR, Change.Kind.ATTACHED);
    ipam.clock.advance(Duration.ofHours(1));

    int purged = purge.purgeOlderThan(Duration.ofDays(1));

    assertEquals(1, purged);
    assertTrue(find.find(ALICE, old.id()).isEmpty());
    assertEquals(recent, find.find(ALICE, recent.id()).orElseThrow());
    assertThrows(Invalid.class, () -> purge.purgeOlderThan(Duration.ofSeconds(-1)));
  }
}
