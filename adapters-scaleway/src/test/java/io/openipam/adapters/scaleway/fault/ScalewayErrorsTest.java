package io.openipam.adapters.scaleway.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.openipam.domain.error.Conflict;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spec §8.1: a FIP changed by another request between read and write is answered as a change
 * under way, 409 transient_state naming the FIP (the JS SDK builds its TransientStateError from
 * {@code resource}, {@code resource_id} and {@code current_state}).
 */
class ScalewayErrorsTest {

  @Test
  void a_change_made_meanwhile_is_a_transient_state_naming_the_fip() {
    ScalewayError error = ScalewayErrors.of(new Conflict(Conflict.Reason.STALE_VERSION, "changed meanwhile",
        "0f0f0f0f-0000-4000-8000-000000000001"));

    assertEquals(409, error.status());
    assertEquals(Map.of("type", "transient_state", "message", "resource is in a transient state",
        "resource", "flexible_ip", "resource_id", "0f0f0f0f-0000-4000-8000-000000000001",
        "current_state", "updating"), error.body());
  }

  @Test
  void a_change_made_meanwhile_on_something_unnamed_keeps_the_fields_the_sdk_needs() {
    ScalewayError error = ScalewayErrors.of(new Conflict(Conflict.Reason.STALE_VERSION, "changed meanwhile"));

    assertEquals(409, error.status());
    assertEquals("", error.body().get("resource_id"));
  }
}
