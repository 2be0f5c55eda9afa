package io.openipam.domain.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ErrorsTest {

  @Test
  void says_what_was_not_found_in_plain_words() {
    NotFound notFound = new NotFound(NotFound.Kind.UNUSABLE_RANGE, "r-1");

    assertEquals("unusable range r-1 not found", notFound.getMessage());
    assertSame(NotFound.Kind.UNUSABLE_RANGE, notFound.kind());
    assertEquals("r-1", notFound.id());
  }

  @Test
  void says_where_no_address_was_left() {
    Exhausted exhausted = new Exhausted(Exhausted.Scope.NETWORK, "net-a");

    assertEquals("no free address left in network net-a", exhausted.getMessage());
    assertSame(Exhausted.Scope.NETWORK, exhausted.scope());
  }

  @Test
  void reports_a_malformed_value_with_its_field() {
    Invalid invalid = Invalid.malformed("cidr", "cidr is invalid");

    assertSame(Invalid.Reason.MALFORMED, invalid.reason());
    assertEquals("cidr", invalid.field());
    assertEquals("cidr is invalid", invalid.getMessage());
  }

  @Test
  void carries_no_stack_trace_since_it_reports_a_refusal_not_a_fault() {
    assertEquals(0, new Conflict(Conflict.Reason.ADDRESS_TAKEN, "taken").getStackTrace().length);
    assertNull(new Conflict(Conflict.Reason.ADDRESS_TAKEN, "taken").getCause());
  }
}
