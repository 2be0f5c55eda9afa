package io.openipam.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.openipam.bootstrap.support.DatabaseServer;
import io.openipam.bootstrap.support.DemoClients;
import io.openipam.bootstrap.support.RealDatabase;
import io.openipam.bootstrap.support.ShippedServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two server processes on one database, eight Melange clients each, draining one /24 block
 * through {@code POST .../ip_addresses}: every address is handed out exactly once, and once the
 * block is empty every client is told so with Melange's 422, never a 5xx.
 */
@RealDatabase
class TwoServersOverHttpTest {

  private static final int CLIENTS_PER_SERVER = 8;
  /** A Melange block hands out its network address too, never the broadcast address. */
  private static final int ADDRESSES = 255;

  /** Melange's {@code {"<wrapper>": {...}}}. */
  private static Map<String, Object> wrapped(JsonMapper json, String body, String wrapper) throws Exception {
    return json.readValue(body, Argument.mapOf(Argument.STRING, Argument.mapOf(String.class, Object.class)))
        .get(wrapper);
  }

  @Test
  void sixteen_clients_on_two_servers_get_every_address_of_a_block_once_then_422() throws Exception {
    try (DatabaseServer.Schema schema = DatabaseServer.newSchema();
        EmbeddedServer first = ShippedServer.start(schema);
        EmbeddedServer second = ShippedServer.start(schema)) {
      JsonMapper json = first.getApplicationContext().getBean(JsonMapper.class);
      HttpResponse<String> created = new DemoClients(first).melange("POST", "/v0.1/ipam/tenants/demo/ip_blocks",
          "{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.77.0.0/24\"}}");
      assertEquals(201, created.statusCode(), created.body());
      String block = (String) wrapped(json, created.body(), "ip_block").get("id");
      String addresses = "/v0.1/ipam/tenants/demo/ip_blocks/" + block + "/ip_addresses";

      ConcurrentLinkedQueue<String> handedOut = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(2 * CLIENTS_PER_SERVER);
      List<Future<String>> endings = new ArrayList<>();
      for (EmbeddedServer server : List.of(first, second)) {
        for (int i = 0; i < CLIENTS_PER_SERVER; i++) {
          DemoClients client = new DemoClients(server);
          endings.add(pool.submit(() -> {
            for (int attempt = 0; attempt < 1_000; attempt++) {
              HttpResponse<String> answer = client.melange("POST", addresses, "{\"ip_address\": {}}");
              if (answer.statusCode() != 201) {
                return answer.statusCode() + " " + answer.body();
              }
              handedOut.add((String) wrapped(json, answer.body(), "ip_address").get("address"));
            }
            return "never exhausted";
          }));
        }
      }
      pool.shutdown();
      for (Future<String> ending : endings) {
        String last = ending.get();
        assertTrue(last.startsWith("422 ") && last.contains("IpBlock is full"), last);
      }

      assertEquals(ADDRESSES, handedOut.size(), "addresses handed out in all");
      assertEquals(ADDRESSES, new HashSet<>(handedOut).size(), "an address was handed out twice");
    }
  }
}
