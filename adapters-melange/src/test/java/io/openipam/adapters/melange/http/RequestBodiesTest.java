package io.openipam.adapters.melange.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.adapters.melange.fault.InvalidValues;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec §2.2: what of a body is read, and what of it is refused. */
class RequestBodiesTest {

  @Test
  void a_json_body_is_one_value_and_nothing_after_it_but_whitespace() {
    assertTrue(RequestBodies.endsWithItsFirstValue("{\"ip_block\": {\"cidr\": \"}\"}}\n "));
    assertTrue(RequestBodies.endsWithItsFirstValue("{\"a\": \"\\\"}]\", \"b\": [[], {}]}"));
    assertFalse(RequestBodies.endsWithItsFirstValue("{\"ip_block\": {}} xyz"));
    assertFalse(RequestBodies.endsWithItsFirstValue("{}{}"));
    assertFalse(RequestBodies.endsWithItsFirstValue("{} []"));
  }

  @Test
  void no_field_holds_a_control_character_or_broken_utf_16() {
    InvalidValues problems = new InvalidValues();
    Params params = new Params(Map.of("dns1", "8.8.8.8\u0000", "dns2", "a\ud800", "network_id", "net-\ud83d\ude42",
        "type", "\u0085"));

    assertNull(params.text("dns1", problems));
    assertNull(params.text("dns2", problems));
    assertNull(params.text("type", problems));
    assertEquals("net-\ud83d\ude42", params.text("network_id", problems));
    assertEquals("400 The following values are invalid: {'dns1': ['dns1 should not contain control characters'],"
        + " 'dns2': ['dns2 should be valid unicode text'], 'type': ['type should not contain control characters']}",
        problems.fault().getMessage());
  }
}
