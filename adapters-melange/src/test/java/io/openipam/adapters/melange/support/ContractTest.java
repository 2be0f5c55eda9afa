package io.openipam.adapters.melange.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contract tests share: the running server, a client, and tenants and networks of
 * their own. One application context (one store) serves a whole test class, so each test uses
 * fresh tenant and network ids instead of the spec's literal ones where those are global
 * (network grouping and the public address space are shared by all tenants).
 */
public abstract class ContractTest {

  /** Exactly the fields of a Melange ip_block (spec §4.1). */
  public static final Set<String> IP_BLOCK_FIELDS = Set.of("id", "cidr", "network_id", "policy_id", "tenant_id",
      "gateway", "parent_id", "type", "dns1", "dns2", "broadcast", "netmask", "created_at", "updated_at");

  @Inject
  protected EmbeddedServer server;

  @Inject
  protected JsonMapper json;

  protected MelangeClient melange;

  @BeforeEach
  void connect() {
    melange = new MelangeClient(server.getURL(), json);
  }

  protected static String fresh(String name) {
    return name + "-" + UUID.randomUUID();
  }

  protected static String blocksOf(String tenant) {
    return "/v0.1/ipam/tenants/" + tenant + "/ip_blocks";
  }

  /** Creates a block through the API with the tenant's own token; fails the test unless 201. */
  protected Map<String, Object> createBlock(String tenant, String fields) {
    Reply reply = melange.post(blocksOf(tenant)).token(Tokens.of(tenant)).json("{\"ip_block\": {" + fields + "}}").send();
    assertEquals(201, reply.status(), reply.toString());
    return reply.object("ip_block");
  }

  protected Map<String, Object> createSubnet(String tenant, Object parentId, String fields) {
    Reply reply = melange.post(blocksOf(tenant) + "/" + parentId + "/subnets").token(Tokens.of(tenant))
        .json("{\"subnet\": {" + fields + "}}").send();
    assertEquals(201, reply.status(), reply.toString());
    return reply.object("subnet");
  }
}
