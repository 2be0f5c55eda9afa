package io.openipam.adapters.scaleway;

import static io.openipam.adapters.scaleway.FlexibleIpCrudContractTest.detail;
import static io.openipam.adapters.scaleway.support.ScalewayClient.FIPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.scaleway.support.ContractTest;
import io.openipam.adapters.scaleway.support.Keys;
import io.openipam.adapters.scaleway.support.ScalewayClient.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Spec §13 cases 7–10 and 25: defaults, ordering, filters with repeated keys, paging. Organization
 * B's project holds exactly the 45 FIPs made here; nothing else in this class uses it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListContractTest extends ContractTest {

  private static final String OF_B = FIPS + "?project_id=" + Keys.B1;

  private final List<String> created = new ArrayList<>();

  @BeforeAll
  void fortyFiveFips() {
    connect();
    for (int i = 0; i < 45; i++) {
      String tag = i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : "c";
      created.add((String) scw.create(Keys.KEY_B, Keys.B1, false, "\"tags\":[\"" + tag + "\",\"n" + i + "\"]").get("id"));
    }
  }

  private static List<Object> ids(Reply reply) {
    return reply.fips().stream().map(fip -> fip.get("id")).toList();
  }

  @Test
  void case7_twenty_per_page_oldest_first_with_the_exact_total() {
    Reply reply = scw.get(FIPS, Keys.KEY_B);

    assertEquals(200, reply.status(), reply.toString());
    assertEquals("application/json", reply.contentType());
    assertEquals(45, ((Number) reply.get("total_count")).intValue());
    assertEquals(created.subList(0, 20), ids(reply));
  }

  @Test
  void case7_created_at_desc_reverses() {
    Reply reply = scw.get(FIPS + "?order_by=created_at_desc&page_size=5", Keys.KEY_B);

    assertEquals(List.copyOf(created.reversed().subList(0, 5)), ids(reply));
  }

  @Test
  void case8_repeated_tags_match_any_of_them() {
    Reply reply = scw.get(OF_B + "&tags=a&tags=b&page_size=100", Keys.KEY_B);
    Reply commas = scw.get(OF_B + "&tags=a,b&page_size=100", Keys.KEY_B);

    assertEquals(30, ((Number) reply.get("total_count")).intValue());
    assertEquals(ids(reply), ids(commas));
  }

  @Test
  void case8_status_and_organization_filters_combine_with_and() {
    Reply ready = scw.get(OF_B + "&status=ready&status=attached&organization_id=" + Keys.ORG_B, Keys.KEY_B);
    Reply attached = scw.get(OF_B + "&status=attached", Keys.KEY_B);
    Reply otherOrganization = scw.get(OF_B + "&organization_id=" + Keys.ORG_A, Keys.KEY_B);
    Reply noServer = scw.get(OF_B + "&server_ids=55555555-5555-4555-8555-555555555555", Keys.KEY_B);

    assertEquals(45, ((Number) ready.get("total_count")).intValue());
    assertEquals(0, ((Number) attached.get("total_count")).intValue());
    assertEquals(0, ((Number) otherOrganization.get("total_count")).intValue());
    assertEquals(0, ((Number) noServer.get("total_count")).intValue());
  }

  @Test
  void case9_pages_are_full_until_the_last_and_past_the_end_is_empty() {
    Set<Object> seen = new HashSet<>();
    int[] sizes = {20, 20, 5, 0};
    for (int page = 1; page <= 4; page++) {
      Reply reply = scw.get(OF_B + "&page_size=20&page=" + page, Keys.KEY_B);
      assertEquals(200, reply.status(), reply.toString());
      assertEquals(sizes[page - 1], reply.fips().size(), "page " + page);
      assertEquals(45, ((Number) reply.get("total_count")).intValue());
      seen.addAll(ids(reply));
    }
    assertEquals(Set.copyOf(created), seen);
  }

  @Test
  void case10_paging_validation() {
    Reply pageZero = scw.get(FIPS + "?page=0", Keys.KEY_B);
    Reply tooLarge = scw.get(FIPS + "?page_size=101", Keys.KEY_B);
    Reply zeroSize = scw.get(FIPS + "?page_size=0", Keys.KEY_B);
    Reply notANumber = scw.get(FIPS + "?page=two", Keys.KEY_B);
    Reply badOrder = scw.get(FIPS + "?order_by=ip_asc", Keys.KEY_B);

    assertEquals(400, pageZero.status());
    assertEquals(Map.of("argument_name", "page", "reason", "constraint", "help_message",
        "page must be greater than 0"), detail(pageZero));
    assertEquals(400, tooLarge.status());
    assertEquals("page_size", detail(tooLarge).get("argument_name"));
    assertEquals(20, zeroSize.fips().size());
    assertEquals("format", detail(notANumber).get("reason"));
    assertEquals("order_by", detail(badOrder).get("argument_name"));
  }

  @Test
  void case25_an_unknown_status_is_a_format_error() {
    Reply reply = scw.get(FIPS + "?status=bogus", Keys.KEY_B);

    assertEquals(400, reply.status(), reply.toString());
    assertEquals("status", detail(reply).get("argument_name"));
    assertEquals("format", detail(reply).get("reason"));
  }

  @Test
  void a_key_lists_only_its_organizations_fips() {
    Reply reply = scw.get(FIPS + "?page_size=100", Keys.KEY_A);

    assertTrue(reply.fips().stream().noneMatch(fip -> Keys.B1.equals(fip.get("project_id"))));
  }
}
