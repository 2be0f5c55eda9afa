package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.FixedSettings;
import io.openipam.application.fakes.InMemoryChanges;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.out.ChangeJournal;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.change.Change;
import io.openipam.domain.change.ChangeId;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.Pool;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AllocateAndRecordPublicAddressTest {

  private static final LocationId PAR = new LocationId("par1");

  private final Ipam ipam = new Ipam();
  private final InMemoryChanges journal = new InMemoryChanges();
  private final Pool pool = ipam.add(APool.of("192.0.2.0/29").owner(FixedSettings.OPERATOR_TENANT).publicly()
      .location(PAR.value()));

  private AllocateAndRecordPublicAddressService recordingTo(ChangeJournal changes) {
    return new AllocateAndRecordPublicAddressService(ipam.allocatePublic,
        new RecordChangeService(changes, ipam.ids, ipam.clock), ipam.pools, ipam.allocator);
  }

  private Change allocate(AllocateAndRecordPublicAddressService service) {
    return service.allocate(ALICE, PAR, IpFamily.V4, 32, AllocationDetails.NONE);
  }

  @Test
  void journals_the_allocation_it_made() {
    Change change = allocate(recordingTo(journal));

    Allocation allocation = ipam.allocations.find(change.subject()).orElseThrow();
    assertEquals("192.0.2.1/32", allocation.prefix().toString());
    assertEquals(ALICE.tenant(), allocation.lessee());
    assertEquals(Change.Kind.ALLOCATED, change.kind());
    assertEquals(ALICE.tenant(), change.tenant());
    assertEquals(PAR, change.location());
    assertEquals(change, journal.find(change.id()).orElseThrow());
  }

  @Test
  void a_journal_that_fails_leaves_no_allocation_behind_and_gives_the_address_back_to_the_pool() {
    IllegalStateException down = new IllegalStateException("journal unavailable");

    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> allocate(recordingTo(new Failing(down))));

    assertSame(down, thrown);
    assertEquals(0, ipam.allocations.size(), "nothing left allocated, not even in quarantine");
    assertEquals(List.of(BigInteger.ONE), ipam.ledger.freeSlots(pool.id()), "192.0.2.1 went straight back to the pool");
    assertEquals(0, journal.size());
    Change retried = allocate(recordingTo(journal));
    assertEquals(1, ipam.allocations.size(), "a retried creation holds one address, not two");
    assertEquals(retried, journal.find(retried.id()).orElseThrow());
  }

  @Test
  void nothing_is_journaled_when_nothing_could_be_allocated() {
    assertThrows(RuntimeException.class, () -> recordingTo(journal).allocate(BOB, new LocationId("ams1"), IpFamily.V4,
        32, AllocationDetails.NONE));

    assertEquals(0, journal.size());
  }

  /** A journal whose every write fails, as a database that is gone between the two writes. */
  private record Failing(RuntimeException failure) implements ChangeJournal {

    @Override
    public void append(Change change) {
      throw failure;
    }

    @Override
    public Optional<Change> find(ChangeId id) {
      return Optional.empty();
    }

    @Override
    public int removeAcceptedBefore(Instant cutoff, int limit) {
      return 0;
    }
  }
}
