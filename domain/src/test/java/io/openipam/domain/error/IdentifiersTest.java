package io.openipam.domain.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void an_identity_may_hold_any_printable_unicode_including_pairs_of_surrogates() {
    assertEquals("tenant-\uD83D\uDE00-é", new TenantId("tenant-\uD83D\uDE00-é").value());
  }

  @Test
  void control_characters_are_refused() {
    assertEquals(Invalid.Reason.MALFORMED, assertThrows(Invalid.class, () -> new TenantId("a\u0000b")).reason());
    assertThrows(Invalid.class, () -> new NetworkId("net\n1"));
    assertThrows(Invalid.class, () -> new NetworkId("\u007f"));
  }

  @Test
  void a_lone_surrogate_is_refused_wherever_it_stands() {
    assertThrows(Invalid.class, () -> new TenantId("\uD800"));
    assertThrows(Invalid.class, () -> new TenantId("a\uDC00b"));
    assertThrows(Invalid.class, () -> new TenantId("a\uD800b"));
  }

  @Test
  void a_trailing_space_is_refused_because_the_database_would_ignore_it() {
    assertThrows(Invalid.class, () -> new TenantId("demo "));
    assertThrows(Invalid.class, () -> new NetworkId("net  "));
    assertEquals(" leading and inner spaces", new NetworkId(" leading and inner spaces").value());
  }
}
