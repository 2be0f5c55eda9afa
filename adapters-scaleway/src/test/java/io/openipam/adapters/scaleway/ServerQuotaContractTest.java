package io.openipam.adapters.scaleway;

import static io.openipam.adapters.scaleway.AttachDetachContractTest.quoted;
import static io.openipam.adapters.scaleway.support.ScalewayClient.FIPS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.scaleway.support.ContractTest;
import io.openipam.adapters.scaleway.support.Keys;
import io.openipam.adapters.scaleway.support.ScalewayClient.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Spec §1 and §4.6 [I]: a server carries at most {@code scaleway.fips-per-server} FIPs (64 by
 * default, 3 here); one more is 403 {@code quotas_exceeded} with the details the JS SDK reads,
 * and changes nothing. FIPs of all the key's projects on the server count.
 */
@MicronautTest
@Property(name = "scaleway.fips-per-server", value = "3")
@Property(name = "scaleway.settle-time", value = "0s")
class ServerQuotaContractTest extends ContractTest {

  private String fip(String project) {
    return (String) scw.create(Keys.KEY_A, project, false, "").get("id");
  }

  private Reply attach(String server, String... fips) {
    return scw.post(FIPS + "/attach", Keys.KEY_A, "{\"fips_ids\":" + quoted((Object[]) fips) + ",\"server_id\":\""
        + server + "\"}");
  }

  private long total() {
    return ((Number) scw.get(FIPS + "?page_size=1", Keys.KEY_A).get("total_count")).longValue();
  }

  private static void assertQuotaExceeded(Reply reply, long current) {
    assertEquals(403, reply.status(), reply.toString());
    assertEquals(Map.of("type", "quotas_exceeded", "message", "quota(s) exceeded for this resource",
        "details", List.of(Map.of("resource", "flexible_ips_per_server", "quota", 3, "current", (int) current))),
        reply.object());
  }

  @Test
  void a_fourth_fip_on_a_server_is_refused_whether_attached_or_created_attached() {
    String server = UUID.randomUUID().toString();
    String a = fip(Keys.A1);
    String b = fip(Keys.A2);
    String c = fip(Keys.A1);
    String d = fip(Keys.A1);
    assertEquals(200, attach(server, a, b).status());
    assertEquals(200, attach(server, c).status());

    assertQuotaExceeded(attach(server, d), 3);
    assertEquals("ready", scw.get(FIPS + "/" + d, Keys.KEY_A).get("status"));
    long before = total();
    assertQuotaExceeded(scw.post(FIPS, Keys.KEY_A, "{\"project_id\":\"" + Keys.A1
        + "\",\"description\":\"\",\"is_ipv6\":false,\"server_id\":\"" + server + "\"}"), 3);
    assertEquals(before, total(), "a refused create-and-attach allocates nothing");

    assertEquals(200, attach(server, a, b, c).status(), "FIPs already on the server do not count twice");
    assertEquals(200, attach(UUID.randomUUID().toString(), d).status(), "another server has its own quota");
    assertEquals(200, scw.post(FIPS + "/detach", Keys.KEY_A, "{\"fips_ids\":[\"" + c + "\"]}").status());
    Reply moved = attach(server, d);
    assertEquals(200, moved.status(), moved.toString());
    assertEquals(server, scw.get(FIPS + "/" + d, Keys.KEY_A).get("server_id"));
  }

  @Test
  void several_fips_attached_at_once_count_together() {
    String server = UUID.randomUUID().toString();
    String a = fip(Keys.A1);
    String b = fip(Keys.A1);
    String c = fip(Keys.A1);
    String d = fip(Keys.A1);

    assertQuotaExceeded(attach(server, a, b, c, d), 0);
    assertEquals(null, scw.get(FIPS + "/" + a, Keys.KEY_A).get("server_id"));
  }
}
