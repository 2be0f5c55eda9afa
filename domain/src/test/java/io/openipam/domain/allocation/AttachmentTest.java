package io.openipam.domain.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.domain.error.Invalid;
import org.junit.jupiter.api.Test;

class AttachmentTest {

  @Test
  void binds_to_a_device_alone() {
    Attachment attachment = Attachment.device("vm-1");

    assertEquals("vm-1", attachment.deviceId());
    assertNull(attachment.interfaceId());
  }

  @Test
  void binds_to_an_interface_alone() {
    assertEquals("vif-1", new Attachment(null, "vif-1").interfaceId());
  }

  @Test
  void binds_to_an_interface_of_a_device() {
    Attachment attachment = new Attachment("vm-1", "vif-1");

    assertEquals("vm-1", attachment.deviceId());
    assertEquals("vif-1", attachment.interfaceId());
  }

  @Test
  void refuses_to_bind_to_nothing() {
    assertEquals("attachment", assertThrows(Invalid.class, () -> new Attachment(null, null)).field());
    assertThrows(Invalid.class, () -> new Attachment(" ", ""));
  }

  @Test
  void refuses_a_blank_device_next_to_an_interface() {
    assertEquals("device", assertThrows(Invalid.class, () -> new Attachment(" ", "vif-1")).field());
  }

  @Test
  void refuses_ids_longer_than_255_characters() {
    assertThrows(Invalid.class, () -> Attachment.device("d".repeat(256)));
    assertThrows(Invalid.class, () -> new Attachment("vm-1", "i".repeat(256)));
    assertEquals(255, Attachment.device("d".repeat(255)).deviceId().length());
  }
}
