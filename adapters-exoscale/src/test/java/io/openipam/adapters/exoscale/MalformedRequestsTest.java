package io.openipam.adapters.exoscale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.exoscale.MalformedRequests.Probe;
import io.openipam.adapters.exoscale.support.ContractTest;
import io.openipam.adapters.exoscale.support.ExoscaleClient.Reply;
import io.openipam.adapters.exoscale.support.Keys;
import io.openipam.adapters.exoscale.support.Signer;
import io.openipam.application.port.in.DeclarePublicPools;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.pool.LocationId;
import io.openipam.testing.database.StoreDigest;
import io.openipam.testing.http.RawHttp.Header;
import io.openipam.testing.http.RawHttp;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The product's promise for the Exoscale facade: no request, however malformed, gets a 500 or
 * changes data it should not. Each case of {@link MalformedRequests} is sent over a bare socket
 * to the real server on its real store, against an organization that owns Elastic IPs of every
 * kind, and its answer must be:
 * <ul>
 *   <li>never a 5xx (nor a 1xx or 3xx), and one of the statuses the case allows;</li>
 *   <li>for a 4xx, Exoscale's error: exactly {@code {"message": "<text>"}} as
 *       {@code application/json} (spec §6.1);</li>
 *   <li>for a 2xx, a JSON object as {@code application/json};</li>
 *   <li>the store exactly as before (every row of every table, the operation journal included),
 *       unless the case allows an accepted request to change it.</li>
 * </ul>
 * The few requests the HTTP layer refuses before any filter runs (a request line over 4 KiB,
 * headers over 8 KiB, a target that is no URI) cannot be answered by the facade at all: for them
 * only "a 4xx, nothing changed" is asserted, and each case says why.
 */
@MicronautTest(transactional = false)
class MalformedRequestsTest extends ContractTest {

  @Inject
  StoreDigest store;

  @Inject
  DeclarePublicPools publicPools;

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.exoscale.MalformedRequests#invalidJson")
  void invalid_json_deep_nesting_and_huge_bodies(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.exoscale.MalformedRequests#wrongJsonTypes")
  void wrong_json_types_for_every_field(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.exoscale.MalformedRequests#unknownEnums")
  void unknown_enum_values(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.exoscale.MalformedRequests#hugeStrings")
  void huge_strings(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.exoscale.MalformedRequests#unicodeAndControls")
  void control_characters_and_invalid_utf8(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.exoscale.MalformedRequests#weirdPaths")
  void weird_paths(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.exoscale.MalformedRequests#weirdQueries")
  void weird_query_strings(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.exoscale.MalformedRequests#wrongContentType")
  void wrong_content_types(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.exoscale.MalformedRequests#unknownMethods")
  void unknown_methods(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.exoscale.MalformedRequests#badSignatures")
  void bad_signatures(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.exoscale.MalformedRequests#weirdHosts")
  void weird_host_headers(Probe probe) {
    check(probe);
  }

  /** Odd text a route accepted reads back as sent, in JSON every client parses, from get and list alike. */
  @Test
  void odd_text_that_was_accepted_reads_back_as_sent() {
    String org = fresh("odd");
    List<String> texts = List.of("\u0000", "\u001b[31m", "\u007f", "\u0085", "\ud83d\ude00", "\u202e", "\uffff",
        "\u2028", "\ufeff", "e\u0301\u0301");
    for (String text : texts) {
      String escaped = text.chars().mapToObj(c -> String.format("\\u%04x", c)).collect(Collectors.joining());
      Reply created = exo.post("/v2/elastic-ip").as(org)
          .json("{\"description\":\"" + escaped + "\",\"labels\":{\"" + escaped + "\":\"" + escaped + "\"}}").send();
      if (created.status() == 400) {
        continue; // refused: nothing to read back
      }
      @SuppressWarnings("unchecked")
      String id = (String) ((Map<String, Object>) created.object().get("reference")).get("id");
      Map<String, Object> read = get(org, id);
      assertEquals(text, read.get("description"), escaped);
      assertEquals(Map.of(text, text), read.get("labels"), escaped);
    }
    Reply list = exo.get("/v2/elastic-ip").as(org).send();
    assertEquals(200, list.status(), list.toString());
    assertJson(list);
  }

  /** The set stays bounded: the whole module's tests run well under a minute. */
  @Test
  void the_set_of_cases_stays_bounded() {
    Map<String, Long> counts = Stream.of(MalformedRequests.invalidJson(), MalformedRequests.wrongJsonTypes(),
            MalformedRequests.unknownEnums(), MalformedRequests.hugeStrings(), MalformedRequests.unicodeAndControls(),
            MalformedRequests.weirdPaths(), MalformedRequests.weirdQueries(), MalformedRequests.wrongContentType(),
            MalformedRequests.unknownMethods(), MalformedRequests.badSignatures(), MalformedRequests.weirdHosts())
        .flatMap(probes -> probes)
        .collect(Collectors.groupingBy(probe -> probe.group, LinkedHashMap::new, Collectors.counting()));
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    System.out.println("Malformed Exoscale requests by group: " + counts + ", " + total + " in all");
    assertTrue(total <= 1300, "a bounded set, not " + total);
  }

  // ---------------------------------------------------------------------------------------------

  /** An organization with Elastic IPs of every kind, and what the placeholders of a probe stand for. */
  private record Fixture(String org, String other, String eip, String managed, String v6, String attached,
      String instance, String operation, String foreign) {

    String resolve(String text) {
      long now = Instant.now().getEpochSecond();
      return text
          .replace("{org}", org)
          .replace("{other}", other)
          .replace("{eip}", eip)
          .replace("{EIP}", eip.toUpperCase())
          .replace("{managed}", managed)
          .replace("{v6}", v6)
          .replace("{attached}", attached)
          .replace("{instance}", instance)
          .replace("{op}", operation)
          .replace("{foreign}", foreign)
          .replace("{missing}", "0b6a9d1e-3c2f-4a5b-8c7d-6e5f4a3b2c1d")
          .replace("{expires}", Long.toString(now + 600))
          .replace("{expired}", Long.toString(now - 3_600))
          .replace("{far}", Long.toString(now + 7_200));
    }
  }

  /** Probes that must change nothing share one fixture; one that changed it gets the next probe a new one. */
  private static Fixture shared;

  private Fixture fixture() {
    if (shared == null) {
      // Hundreds of probes succeed, each on a fixture of its own: more addresses than the /24 of the other tests.
      publicPools.declare(List.of(new DeclarePublicPools.PublicPool(new LocationId("gva"),
          IpPrefix.parse("10.64.0.0/16"), 32)));
    }
    String org = fresh("probe");
    String other = fresh("other");
    String eip = create(org, "{\"description\":\"fixture\",\"labels\":{\"env\":\"probe\"}}");
    Reply reverseDns = exo.post("/v2/reverse-dns/elastic-ip/" + eip).as(org)
        .json("{\"domain-name\":\"fixture.example.net\"}").send();
    String managed = create(org, "{\"healthcheck\":{\"mode\":\"tcp\",\"port\":80}}");
    String v6 = create(org, "{\"addressfamily\":\"inet6\"}");
    String attached = create(org, "{}");
    String instance = UUID.randomUUID().toString();
    accepted(exo.put("/v2/elastic-ip/" + attached + ":attach").as(org)
        .json("{\"instance\":{\"id\":\"" + instance + "\"}}").send(), org);
    return new Fixture(org, other, eip, managed, v6, attached, instance, accepted(reverseDns, org).get("id").toString(),
        create(other, "{}"));
  }

  private void check(Probe probe) {
    if (shared == null) {
      shared = fixture();
    }
    Fixture fixture = probe.disturbs() ? fixture() : shared;

    String before = store.take();
    RawHttp.Response response = send(probe, fixture);
    String after = store.take();
    if (!before.equals(after) && fixture == shared && !probe.mayChange) {
      shared = null; // it failed, and may have spoilt the fixture
    }

    String context = probe.group + " / " + probe.name + " → " + response;
    int status = response.status();
    assertTrue(status >= 200 && status < 500, "never a 5xx (nor 1xx, 3xx): " + context);
    if (probe.answeredByTheServer != null) {
      assertTrue(status >= 400, "refused before any facade (" + probe.answeredByTheServer + "): " + context);
      assertUnchanged(before, after, context);
      return;
    }
    if (!probe.statuses.isEmpty()) {
      assertTrue(probe.statuses.contains(status), "status should be one of " + probe.statuses + ": " + context);
    }
    if (!probe.method.equals("HEAD")) {
      assertEquals("application/json", response.header("Content-Type"), "Exoscale's JSON: " + context);
      Map<String, Object> body = parseJson(response.body(), context);
      if (status >= 400) {
        assertEquals(List.of("message"), List.copyOf(body.keySet()), "Exoscale's error body: " + context);
        String message = assertInstanceOf(String.class, body.get("message"), context);
        assertFalse(message.isBlank(), "a clear message: " + context);
      }
    }
    if (status >= 400 || !probe.mayChange) {
      assertUnchanged(before, after, context);
    }
  }

  private RawHttp.Response send(Probe probe, Fixture fixture) {
    String target = fixture.resolve(probe.target);
    byte[] body = probe.rawBody != null ? probe.rawBody
        : probe.body == null ? null : fixture.resolve(probe.body).getBytes(StandardCharsets.UTF_8);
    List<Header> headers = new ArrayList<>();
    for (Header header : probe.headers) {
      String value = new String(header.value(), StandardCharsets.ISO_8859_1);
      headers.add(value.contains("{") ? Header.of(header.name(), fixture.resolve(value)) : header);
    }
    String authorization = switch (probe.auth) {
      case NONE -> null;
      case SIGNED -> sign(probe, fixture, probe.method, target, body);
      case HEADER -> probe.authorization.equals("{signed-as-GET}") ? sign(probe, fixture, "GET", target, body)
          : fixture.resolve(probe.authorization);
    };
    if (authorization != null) {
      headers.add(Header.of("Authorization", authorization));
    }
    return new RawHttp(server.getURL()).send(probe.method, target, headers, body, probe.chunked);
  }

  /** EXO2-HMAC-SHA256 over the path as sent and the exact body bytes. */
  private static String sign(Probe probe, Fixture fixture, String method, String target, byte[] body) {
    String key = Keys.of(fixture.resolve(probe.signer));
    String path = target.replaceFirst("^https?://[^/]*", "");
    int query = path.indexOf('?');
    String expires = probe.expires == null ? Long.toString(Instant.now().getEpochSecond() + 600)
        : fixture.resolve(probe.expires);
    return Signer.authorization(key, Keys.secretOf(key), method, query < 0 ? path : path.substring(0, query),
        body == null ? new byte[0] : body, probe.signedNames, probe.signedValues, expires);
  }

  private static void assertUnchanged(String before, String after, String context) {
    if (before.equals(after)) {
      return;
    }
    String[] was = before.split("\n");
    String[] is = after.split("\n");
    for (int i = 0; i < Math.max(was.length, is.length); i++) {
      String a = i < was.length ? was[i] : "(none)";
      String b = i < is.length ? is[i] : "(none)";
      if (!a.equals(b)) {
        fail("the store changed (first difference: " + a + " → " + b + "): " + context);
      }
    }
  }

  private Map<String, Object> parseJson(byte[] body, String context) {
    try {
      return json.readValue(body, Argument.mapOf(String.class, Object.class));
    } catch (IOException | RuntimeException e) {
      throw new AssertionError("not a JSON object: " + context, e);
    }
  }
}
