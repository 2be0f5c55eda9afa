package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.openipam.application.port.in.AttachTogether;
import io.openipam.bootstrap.support.DatabaseServer;
import io.openipam.bootstrap.support.DemoClients;
import io.openipam.bootstrap.support.RealDatabase;
import io.openipam.bootstrap.support.ShippedServer;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.tenant.Principal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Spec §5 with the project's promise of several server processes on one database: the shipped
 * server twice on one MariaDB schema. A FIP's transient status (updating, detaching) started on
 * one process shows on the other, which refuses a change meanwhile with 409 transient_state. The
 * settle time is long (30 s) so that both processes are asked inside the window; no test here
 * waits for it to end (the facade's contract tests do, with a short one).
 */
@RealDatabase
class ScalewayAcrossServersTest {

  private static final String FIPS = "/flexible-ip/v1alpha1/zones/fr-par-1/fips";
  private static final String SERVER = "11111111-2222-4333-8444-555555555555";
  private static final String OTHER_SERVER = "11111111-2222-4333-8444-666666666666";
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Map<String, Object> LONG_WINDOWS = Map.of("scaleway.settle-time", "30s");

  private static HttpResponse<String> send(EmbeddedServer server, String method, String path, String body)
      throws Exception {
    return new DemoClients(server).scaleway(method, path, body);
  }

  private static String created(EmbeddedServer server) throws Exception {
    HttpResponse<String> created = send(server, "POST", FIPS,
        "{\"project_id\":\"" + DemoClients.SCALEWAY_PROJECT + "\",\"description\":\"\",\"is_ipv6\":false}");
    assertEquals(200, created.statusCode(), created.body());
    assertTrue(created.body().contains("\"status\":\"ready\""), created.body());
    Matcher id = ID.matcher(created.body());
    assertTrue(id.find(), created.body());
    return id.group(1);
  }

  private static void assertTransientState(HttpResponse<String> reply, String fip, String state) {
    assertEquals(409, reply.statusCode(), reply.body());
    assertTrue(reply.body().contains("\"type\":\"transient_state\""), reply.body());
    assertTrue(reply.body().contains("\"resource_id\":\"" + fip + "\""), reply.body());
    assertTrue(reply.body().contains("\"current_state\":\"" + state + "\""), reply.body());
  }

  @Test
  void an_attach_on_one_server_is_updating_on_the_other_which_refuses_changes_meanwhile() throws Exception {
    try (DatabaseServer.Schema schema = DatabaseServer.newSchema();
        EmbeddedServer first = ShippedServer.start(schema, LONG_WINDOWS);
        EmbeddedServer second = ShippedServer.start(schema, LONG_WINDOWS)) {
      String fip = created(first);
      HttpResponse<String> attached = send(first, "POST", FIPS + "/attach",
          "{\"fips_ids\":[\"" + fip + "\"],\"server_id\":\"" + SERVER + "\"}");
      assertEquals(200, attached.statusCode(), attached.body());
      assertTrue(attached.body().contains("\"status\":\"updating\""), attached.body());

      HttpResponse<String> read = send(second, "GET", FIPS + "/" + fip, null);
      assertEquals(200, read.statusCode(), read.body());
      assertTrue(read.body().contains("\"status\":\"updating\""), read.body());
      assertTrue(read.body().contains("\"server_id\":null"), read.body());
      HttpResponse<String> listed = send(second, "GET", FIPS + "?status=updating", null);
      assertTrue(listed.body().contains("\"id\":\"" + fip + "\""), listed.body());

      assertTransientState(send(second, "PATCH", FIPS + "/" + fip, "{\"description\":\"meanwhile\"}"), fip, "updating");
      assertTransientState(send(second, "POST", FIPS + "/attach",
          "{\"fips_ids\":[\"" + fip + "\"],\"server_id\":\"" + OTHER_SERVER + "\"}"), fip, "updating");
      assertTransientState(send(second, "DELETE", FIPS + "/" + fip, null), fip, "updating");
      HttpResponse<String> unchanged = send(first, "GET", FIPS + "/" + fip, null);
      assertTrue(unchanged.body().contains("\"description\":\"\""), unchanged.body());
    }
  }

  @Test
  void a_fip_deleted_while_attached_on_one_server_is_detaching_on_the_other() throws Exception {
    try (DatabaseServer.Schema schema = DatabaseServer.newSchema();
        EmbeddedServer first = ShippedServer.start(schema, LONG_WINDOWS);
        EmbeddedServer second = ShippedServer.start(schema, LONG_WINDOWS)) {
      String fip = created(first);
      // Attached through the core, as another dialect would: no window, so it is attached at once.
      first.getApplicationContext().getBean(AttachTogether.class)
          .attach(Principal.tenant("demo"), List.of(new AllocationId(fip)), Attachment.device(SERVER));
      HttpResponse<String> attached = send(second, "GET", FIPS + "/" + fip, null);
      assertTrue(attached.body().contains("\"status\":\"attached\""), attached.body());

      HttpResponse<String> deleted = send(first, "DELETE", FIPS + "/" + fip, null);
      assertEquals(204, deleted.statusCode(), deleted.body());

      HttpResponse<String> read = send(second, "GET", FIPS + "/" + fip, null);
      assertEquals(200, read.statusCode(), read.body());
      assertTrue(read.body().contains("\"status\":\"detaching\""), read.body());
      assertTrue(read.body().contains("\"server_id\":\"" + SERVER + "\""), read.body());
      assertTransientState(send(second, "POST", FIPS + "/detach", "{\"fips_ids\":[\"" + fip + "\"]}"), fip,
          "detaching");
    }
  }
}
