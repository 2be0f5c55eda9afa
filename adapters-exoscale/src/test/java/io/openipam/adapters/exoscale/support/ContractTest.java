package io.openipam.adapters.exoscale.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.openipam.adapters.exoscale.support.ExoscaleClient.Reply;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contract tests share: the running server, a client, and organizations of their own
 * (one application context, one store, serves a whole test class).
 */
public abstract class ContractTest {

  public static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Inject
  protected EmbeddedServer server;

  @Inject
  protected JsonMapper json;

  protected ExoscaleClient exo;

  @BeforeEach
  void connect() {
    exo = new ExoscaleClient(server.getURL(), json);
  }

  protected static String fresh(String name) {
    return name + "-" + UUID.randomUUID();
  }

  /** Asserts Exoscale's error: the status, JSON content, and exactly {@code {"message": message}}. */
  protected static void assertError(int status, String message, Reply reply) {
    assertEquals(status, reply.status(), reply.toString());
    assertJson(reply);
    assertEquals(Map.of("message", message), reply.object(), reply.toString());
  }

  protected static void assertJson(Reply reply) {
    assertEquals("application/json", reply.contentType(), reply.toString());
  }

  /** Creates an Elastic IP, checks the operation's shape, and returns the new Elastic IP's id. */
  protected String create(String org, String body) {
    Reply reply = exo.post("/v2/elastic-ip").as(org).json(body).send();
    assertEquals(200, reply.status(), reply.toString());
    Map<String, Object> operation = reply.object();
    @SuppressWarnings("unchecked")
    Map<String, Object> reference = (Map<String, Object>) operation.get("reference");
    String id = (String) reference.get("id");
    assertTrue(id.matches(UUID_PATTERN), reply.toString());
    return id;
  }

  protected Map<String, Object> get(String org, String id) {
    Reply reply = exo.get("/v2/elastic-ip/" + id).as(org).send();
    assertEquals(200, reply.status(), reply.toString());
    return reply.object();
  }

  /** Sends a mutation and asserts it was accepted with an operation that polls to success. */
  protected Map<String, Object> accepted(Reply reply, String org) {
    assertEquals(200, reply.status(), reply.toString());
    assertJson(reply);
    Reply polled = exo.get("/v2/operation/" + reply.string("id")).as(org).send();
    assertEquals(200, polled.status(), polled.toString());
    assertEquals("success", polled.string("state"), polled.toString());
    return reply.object();
  }
}
