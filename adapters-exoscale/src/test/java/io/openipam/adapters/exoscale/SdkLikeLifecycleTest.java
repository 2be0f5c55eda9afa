package io.openipam.adapters.exoscale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.exoscale.support.Keys;
import io.openipam.adapters.exoscale.support.SdkLikeClient;
import io.openipam.adapters.exoscale.support.SdkLikeClient.ApiException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Java SDK's captured session (real-clients.md §2, 20 steps), replayed by a client that signs
 * and waits as the SDK does. Every mutation goes through the polling loop: the server answers
 * pending, the first poll answers success.
 */
@MicronautTest
class SdkLikeLifecycleTest {

  private static final String INSTANCE = "5a8c6d0e-1b2f-4c3d-8e9f-0a1b2c3d4e5f";

  @Inject
  EmbeddedServer server;

  @Inject
  JsonMapper json;

  @SuppressWarnings("unchecked")
  private static String referenceId(Map<String, Object> operation) {
    return (String) ((Map<String, Object>) operation.get("reference")).get("id");
  }

  @Test
  void a_full_lifecycle_through_the_operation_polling_loop() {
    String key = Keys.of("sdk-" + UUID.randomUUID());
    SdkLikeClient api = new SdkLikeClient(server.getURL().toString().replaceAll("/$", "") + "/v2", key,
        Keys.secretOf(key), json, Duration.ofMillis(20));

    // 1-4: create a managed inet4 and a manual inet6 Elastic IP (Jackson's key order, as the SDK sends them)
    Map<String, Object> created = api.waitFor(api.createElasticIp("{\"addressfamily\":\"inet4\",\"description\":"
        + "\"acceptance eip\",\"healthcheck\":{\"strikes-ok\":2,\"strikes-fail\":3,\"mode\":\"tcp\",\"port\":22,"
        + "\"interval\":10,\"timeout\":2},\"labels\":{\"env\":\"acc\"}}"));
    assertEquals("success", created.get("state"));
    String eip = referenceId(created);
    String v6 = referenceId(api.waitFor(api.createElasticIp(
        "{\"addressfamily\":\"inet6\",\"description\":\"acceptance eip v6\",\"labels\":{}}")));

    // 5-6: read one, list both
    Map<String, Object> read = api.getElasticIp(eip);
    assertEquals("acceptance eip", read.get("description"));
    assertEquals(Map.of("env", "acc"), read.get("labels"));
    assertEquals(Map.of("strikes-ok", 2, "strikes-fail", 3, "mode", "tcp", "port", 22, "interval", 10, "timeout", 2,
        "tls-skip-verify", false), read.get("healthcheck"));
    assertEquals(List.of(eip, v6), api.listElasticIps().stream().map(item -> item.get("id")).toList());

    // 7-9: update description and labels
    assertEquals("success", api.waitFor(api.updateElasticIp(eip,
        "{\"description\":\"updated\",\"labels\":{\"step\":\"update\",\"env\":\"acc\"}}")).get("state"));
    Map<String, Object> updated = api.getElasticIp(eip);
    assertEquals("updated", updated.get("description"));
    assertEquals(Map.of("step", "update", "env", "acc"), updated.get("labels"));

    // 10-13: attach and detach an instance
    assertEquals("success", api.waitFor(api.attachInstanceToElasticIp(eip, INSTANCE)).get("state"));
    ApiException attached = assertThrows(ApiException.class, () -> api.deleteElasticIp(eip));
    assertEquals(400, attached.code());
    assertEquals("success", api.waitFor(api.detachInstanceFromElasticIp(eip, INSTANCE)).get("state"));

    // 14-15: the capture reset "healthcheck" against a fake that accepted anything; here only
    // description can be reset (spec §1.3), so that reset is refused and the description one runs
    ApiException notResettable = assertThrows(ApiException.class, () -> api.resetElasticIpField(eip, "healthcheck"));
    assertEquals(400, notResettable.code());
    assertEquals("success", api.waitFor(api.resetElasticIpField(eip, "description")).get("state"));
    assertFalse(api.getElasticIp(eip).containsKey("description"));

    // 16-20: delete both; the deleted one is a 404
    assertEquals("success", api.waitFor(api.deleteElasticIp(eip)).get("state"));
    assertEquals("success", api.waitFor(api.deleteElasticIp(v6)).get("state"));
    ApiException gone = assertThrows(ApiException.class, () -> api.getElasticIp(eip));
    assertEquals(404, gone.code());
    assertTrue(api.listElasticIps().isEmpty());
    assertEquals(8, api.polls(), "every mutation was polled once, from pending to success");
  }
}
