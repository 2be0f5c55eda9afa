package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.Devices;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.ConfigureInterface.Wanted;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.MacRange;
import io.openipam.domain.device.MacRangeId;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacAddressRangesTest {

  private final Ipam ipam = new Ipam();
  private final Devices devices = new Devices(ipam);

  @Test
  void defines_lists_in_creation_order_shows_and_removes() {
    MacRange first = devices.ranges.define(OPERATOR, "ab-bc-cd-12-23-34/40");
    ipam.clock.advance(Duration.ofSeconds(1));
    MacRange second = devices.ranges.define(OPERATOR, "02:00:00:00:00:00/24");

    assertEquals("ab-bc-cd-12-23-34/40", devices.ranges.get(OPERATOR, first.id()).text());
    assertEquals(List.of(first, second), devices.ranges.list(OPERATOR));
    devices.ranges.remove(OPERATOR, first.id());
    assertEquals(List.of(second), devices.ranges.list(OPERATOR));
    NotFound notFound = assertThrows(NotFound.class, () -> devices.ranges.get(OPERATOR, first.id()));
    assertEquals(NotFound.Kind.MAC_RANGE, notFound.kind());
    assertThrows(NotFound.class, () -> devices.ranges.remove(OPERATOR, first.id()));
  }

  @Test
  void refuses_what_is_no_range_and_stores_nothing() {
    assertThrows(Invalid.class, () -> devices.ranges.define(OPERATOR, "garbage"));

    assertEquals(List.of(), devices.ranges.list(OPERATOR));
  }

  @Test
  void only_an_operator_manages_ranges() {
    assertThrows(Forbidden.class, () -> devices.ranges.define(ALICE, "02:00:00:00:00:00/24"));
    assertThrows(Forbidden.class, () -> devices.ranges.list(ALICE));
    assertThrows(Forbidden.class, () -> devices.ranges.get(ALICE, new MacRangeId("x")));
    assertThrows(Forbidden.class, () -> devices.ranges.remove(ALICE, new MacRangeId("x")));
  }

  @Test
  void interfaces_keep_the_macs_of_a_removed_range() {
    MacRange range = devices.ranges.define(OPERATOR, "02:00:00:00:00:00/24");
    devices.configure.create(ALICE, new Wanted(new InterfaceId("vif"), ALICE.tenant(), null, null, null));

    devices.ranges.remove(OPERATOR, range.id());

    assertEquals("02:00:00:00:00:00", devices.find.get(ALICE, new InterfaceId("vif")).mac().toString());
  }
}
