package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Spec §15 cases 118–122 (MAC ranges, routes #50–#53, and the MACs interfaces get). MAC ranges
 * are global: each test starts with none.
 */
@MicronautTest(transactional = false)
class MacAddressRangeContractTest extends ContractTest {

  static final String RANGES = "/v0.1/ipam/mac_address_ranges";

  @BeforeEach
  void noRanges() {
    for (Map<String, Object> range : melange.get(RANGES).token(Tokens.OPERATOR).send().list("mac_address_ranges")) {
      assertEquals(200, melange.delete(RANGES + "/" + range.get("id")).token(Tokens.OPERATOR).send().status());
    }
  }

  private Map<String, Object> define(String cidr) {
    Reply reply = melange.post(RANGES).token(Tokens.OPERATOR)
        .json("{\"mac_address_range\": {\"cidr\": \"" + cidr + "\"}}").send();
    assertEquals(201, reply.status(), reply.toString());
    return reply.object("mac_address_range");
  }

  @Test
  void case_118_a_range_keeps_its_cidr_verbatim_and_an_unknown_one_is_not_found() {
    Map<String, Object> range = define("ab-bc-cd-12-23-34/40");

    assertEquals(Set.of("id", "cidr", "created_at", "updated_at"), range.keySet());
    assertEquals("ab-bc-cd-12-23-34/40", range.get("cidr"));
    Reply shown = melange.get(RANGES + "/" + range.get("id") + ".json").token(Tokens.OPERATOR).send();
    assertEquals(range, shown.object("mac_address_range"));
    assertEquals(List.of(range), melange.get(RANGES).token(Tokens.OPERATOR).send().list("mac_address_ranges"));
    for (Reply missing : List.of(melange.get(RANGES + "/nope").token(Tokens.OPERATOR).send(),
        melange.delete(RANGES + "/nope").token(Tokens.OPERATOR).send())) {
      assertEquals(404, missing.status());
      assertEquals("MacAddressRange Not Found", missing.faultDetail());
    }
    Reply deleted = melange.delete(RANGES + "/" + range.get("id")).token(Tokens.OPERATOR).send();
    assertEquals(200, deleted.status());
    assertEquals("", deleted.body());
    assertEquals(404, melange.get(RANGES + "/" + range.get("id")).token(Tokens.OPERATOR).send().status());
  }

  @Test
  void ranges_list_in_creation_order_in_json_and_xml() {
    Map<String, Object> first = define("02:00:00:00:00:00/40");
    Map<String, Object> second = define("04:00:00:00:00:00/40");

    assertEquals(List.of(first, second), melange.get(RANGES).token(Tokens.OPERATOR).send().list("mac_address_ranges"));
    Reply xml = melange.get(RANGES + ".xml").token(Tokens.OPERATOR).send();
    assertEquals("application/xml", xml.contentType());
    assertTrue(xml.body().startsWith("<mac_address_ranges>\n    <mac_address_range>\n"), xml.body());
    assertTrue(xml.body().contains("<cidr>02:00:00:00:00:00/40</cidr>"), xml.body());
  }

  @Test
  void deviation_a_cidr_that_is_no_mac_range_is_refused() {
    // [I] Melange stored "garbage" and failed with a 500 when it allocated from it (spec §5.13).
    for (String cidr : List.of("garbage", "ab:bc:cd:12:23:34", "ab:bc:cd:12:23:34/49", "zz:bc:cd:12:23:34/40")) {
      Reply reply = melange.post(RANGES).token(Tokens.OPERATOR)
          .json("{\"mac_address_range\": {\"cidr\": \"" + cidr + "\"}}").send();
      assertEquals(400, reply.status(), reply.toString());
      assertTrue(((String) reply.faultDetail()).startsWith("The following values are invalid: {'cidr': ["),
          reply.toString());
    }
    Reply missing = melange.post(RANGES).token(Tokens.OPERATOR).json("{\"mac_address_range\": {}}").send();
    assertEquals(400, missing.status());
    assertEquals("The following values are invalid: {'cidr': ['cidr should be present']}", missing.faultDetail());
    assertEquals(List.of(), melange.get(RANGES).token(Tokens.OPERATOR).send().list("mac_address_ranges"));
  }

  @Test
  void ranges_are_the_operator_s_and_have_no_update() {
    Map<String, Object> range = define("02:00:00:00:00:00/40");
    String tenant = fresh("tenant");

    for (Reply refused : List.of(melange.get(RANGES).token(Tokens.of(tenant)).send(),
        melange.post(RANGES).token(Tokens.of(tenant)).json("{\"mac_address_range\": {\"cidr\": \"02:00:00:00:01:00/40\"}}")
            .send(),
        melange.delete(RANGES + "/" + range.get("id")).token(Tokens.of(tenant)).send())) {
      assertEquals(403, refused.status(), refused.toString());
    }
    Reply put = melange.put(RANGES + "/" + range.get("id")).token(Tokens.OPERATOR).json("{}").send();
    assertEquals(404, put.status(), "case 12");
    assertNull(put.faultDetail());
  }
}
