package io.openipam.domain.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.error.Invalid;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MacPrefixTest {

  @Test
  void draws_macs_below_the_prefix() {
    MacPrefix kvm = MacPrefix.parse("52:54:00");
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 100; i++) {
      MacAddress mac = kvm.random(random);
      assertTrue(mac.toString().startsWith("52:54:00:"), mac.toString());
      assertTrue(kvm.contains(mac));
    }
    assertEquals("52:54:00", kvm.toString());
  }

  @Test
  void tells_macs_of_another_prefix_apart() {
    assertTrue(!MacPrefix.parse("00:16:3e").contains(MacAddress.parse("52:54:00:01:02:03")));
  }

  @Test
  void refuses_a_multicast_prefix_and_malformed_text() {
    assertThrows(Invalid.class, () -> MacPrefix.parse("01:00:5e"));
    assertThrows(Invalid.class, () -> MacPrefix.parse("52:54"));
    assertThrows(Invalid.class, () -> new MacPrefix(0x1_00_00_00));
  }
}
