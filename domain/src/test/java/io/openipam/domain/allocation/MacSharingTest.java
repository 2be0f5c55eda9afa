package io.openipam.domain.allocation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MacSharingTest {

  private static final MacAddress MAC = MacAddress.parse("52:54:00:aa:bb:cc");
  private static final AllocationId A = new AllocationId("a");
  private static final AllocationId B = new AllocationId("b");
  private static final AllocationId C = new AllocationId("c");

  private static Allocation allocation(AllocationId id, String device, MacAddress mac) {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    return new Allocation(id, new PoolId("p"), IpPrefix.parse("192.0.2.1/32"), new TenantId("op"),
        new TenantId("t"), device == null ? null : Attachment.device(device), mac, null, null, null, null,
        AllocationState.ALLOCATED, null, now, now, 0);
  }

  @Test
  void shares_between_allocations_on_one_device() {
    assertDoesNotThrow(() -> MacSharing.checkShare(allocation(A, "srv-1", MAC), allocation(B, "srv-1", null)));
  }

  @Test
  void refuses_to_share_across_devices_unattached_or_without_a_mac() {
    assertThrows(Conflict.class, () -> MacSharing.checkShare(allocation(A, "srv-1", MAC), allocation(B, "srv-2", null)));
    assertThrows(Conflict.class, () -> MacSharing.checkShare(allocation(A, null, MAC), allocation(B, null, null)));
    assertThrows(Conflict.class, () -> MacSharing.checkShare(allocation(A, "srv-1", null), allocation(B, "srv-1", null)));
  }

  @Test
  void a_joiner_keeps_the_attachment_of_the_group() {
    assertDoesNotThrow(() -> MacSharing.checkJoin(allocation(C, null, null), List.of(allocation(A, null, MAC))));
    assertThrows(Conflict.class,
        () -> MacSharing.checkJoin(allocation(C, "srv-2", null), List.of(allocation(A, "srv-1", MAC))));
  }

  @Test
  void a_group_changes_attachment_only_as_a_whole() {
    assertDoesNotThrow(() -> MacSharing.checkMovesWhole(Set.of(A, B), allocation(A, "srv-1", MAC), List.of(B)));
    assertThrows(Conflict.class, () -> MacSharing.checkMovesWhole(Set.of(A), allocation(A, "srv-1", MAC), List.of(B)));
  }

  @Test
  void a_member_detached_alone_loses_the_mac() {
    assertFalse(MacSharing.keepsMacWhenDetached(Set.of(A), List.of(B)));
    assertTrue(MacSharing.keepsMacWhenDetached(Set.of(A, B), List.of(B)));
    assertTrue(MacSharing.keepsMacWhenDetached(Set.of(A), List.of()));
  }
}
