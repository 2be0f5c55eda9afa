package io.openipam.domain.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.tenant.Principal;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private final Allocation leased = AnAllocation.of("10.0.0.5").ownedBy("provider").leasedTo("customer").build();

  @Test
  void is_visible_to_its_owner() {
    assertTrue(leased.isVisibleTo(Principal.tenant("provider")));
  }

  @Test
  void is_visible_to_its_lessee() {
    assertTrue(leased.isVisibleTo(Principal.tenant("customer")));
  }

  @Test
  void is_visible_to_an_operator_of_any_tenant() {
    assertTrue(leased.isVisibleTo(Principal.operator("ops")));
  }

  @Test
  void is_hidden_from_any_other_tenant() {
    assertFalse(leased.isVisibleTo(Principal.tenant("stranger")));
  }

  @Test
  void gives_its_address_as_the_start_of_what_was_handed_out() {
    assertEquals(IpAddress.parse("10.0.0.5"), AnAllocation.of("10.0.0.5").build().address());
    assertEquals(IpAddress.parse("10.0.0.16"), AnAllocation.of("10.0.0.16/28").build().address());
  }

  @Test
  void is_released_only_once_released() {
    assertFalse(AnAllocation.of("10.0.0.5").build().isReleased());
    assertTrue(AnAllocation.of("10.0.0.5").releasedAt(AnAllocation.CREATED).build().isReleased());
  }

  @Test
  void is_attached_only_with_an_attachment() {
    assertFalse(AnAllocation.of("10.0.0.5").build().isAttached());
    assertTrue(AnAllocation.of("10.0.0.5").attachedTo(Attachment.device("vm-1")).build().isAttached());
  }

  @Test
  void has_no_labels_unless_given() {
    assertEquals(Labels.NONE, AnAllocation.of("10.0.0.5").labels(null).build().labels());
  }
}
