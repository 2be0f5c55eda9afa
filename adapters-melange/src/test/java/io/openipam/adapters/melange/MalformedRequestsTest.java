package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.MalformedRequests.Probe;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.Tokens;
import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import io.openipam.testing.database.StoreDigest;
import io.openipam.testing.http.RawHttp.Header;
import io.openipam.testing.http.RawHttp;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The product's promise for the Melange facade: no request, however malformed, gets a 500 or
 * changes data it should not. Each case of {@link MalformedRequests} is sent over a bare socket
 * to the real server on its real store, against a tenant that owns a block and a subnet, and its
 * answer must be:
 * <ul>
 *   <li>never a 5xx (nor a 1xx or 3xx), and one of the statuses the case allows;</li>
 *   <li>for a 4xx, a Melange Fault in the negotiated format: {@code {"<Name>": {"code", "message",
 *       "detail"}}} as {@code application/json; charset=UTF-8}, or {@code <Name code="...">} with
 *       {@code <message>} and {@code <detail>} as {@code application/xml; charset=UTF-8};</li>
 *   <li>for a 2xx, a well-formed body in that format;</li>
 *   <li>the store exactly as before (every row of every table), unless the case allows an
 *       accepted request to change it; and no connection ever made to the canary listener that
 *       XML bodies name as entity, DTD, XInclude or stylesheet.</li>
 * </ul>
 * The few requests the HTTP layer refuses before any filter runs (a request line over 4 KiB,
 * headers over 8 KiB, a target that is no URI) cannot be answered by the facade at all: for them
 * only "a 4xx, nothing changed" is asserted, and each case says why.
 */
@MicronautTest(transactional = false)
class MalformedRequestsTest extends ContractTest {

  private static final Map<Integer, String> FAULT_NAMES = Map.of(400, "BadRequest", 401, "Unauthorized",
      403, "Forbidden", 404, "NotFound", 406, "NotAcceptable", 409, "Conflict", 413, "RequestEntityTooLarge",
      415, "UnsupportedMediaType", 422, "UnprocessableEntity");

  private static ServerSocket canary;
  private static final AtomicInteger canaryCalls = new AtomicInteger();

  @Inject
  StoreDigest store;

  @Inject
  AllocateFromPool allocateFromPool;

  /** A listener no request may make the server call: XML bodies point their external references here. */
  @BeforeAll
  static void startCanary() throws IOException {
    canary = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(() -> {
      while (!canary.isClosed()) {
        try (Socket ignored = canary.accept()) {
          canaryCalls.incrementAndGet();
        } catch (IOException closed) {
          return;
        }
      }
    });
  }

  @AfterAll
  static void stopCanary() throws IOException {
    canary.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#invalidJson")
  void invalid_json_bodies(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#wrongJsonTypes")
  void wrong_json_types(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#hugeStrings")
  void huge_strings(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#unicodeAndControls")
  void unicode_and_control_characters(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#invalidCidrs")
  void invalid_cidrs_and_gateways(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#invalidXml")
  void invalid_xml_bodies(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#wrongContentType")
  void wrong_content_types(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#weirdAccept")
  void weird_accept_headers(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#weirdPaths")
  void weird_paths(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#weirdQueries")
  void weird_query_strings(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#unknownMethods")
  void unknown_methods(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#badTokens")
  void bad_tokens(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#weirdHosts")
  void weird_host_headers(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedPolicyRequests#policyRoutes")
  void policy_routes(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#addressRoutes")
  void address_and_mac_range_routes(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRouteRequests#ipRoutes")
  void ip_routes(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedNatRequests#nat")
  void nat(Probe probe) {
    check(probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.openipam.adapters.melange.MalformedRequests#interfaceRoutes")
  void interface_network_and_instance_routes(Probe probe) {
    check(probe);
  }

  /** The set stays bounded: a few hundred requests in all. */
  @Test
  void the_set_of_cases_stays_bounded() {
    Map<String, Long> counts = counts();
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    System.out.println("Malformed requests by group: " + counts + ", " + total + " in all");
    assertTrue(total <= 1150, "a few hundred cases per route group, not " + total);
  }

  private static Map<String, Long> counts() {
    return Stream.of(MalformedRequests.invalidJson(), MalformedRequests.wrongJsonTypes(),
            MalformedRequests.hugeStrings(), MalformedRequests.unicodeAndControls(), MalformedRequests.invalidCidrs(),
            MalformedRequests.invalidXml(), MalformedRequests.wrongContentType(), MalformedRequests.weirdAccept(),
            MalformedRequests.weirdPaths(), MalformedRequests.weirdQueries(), MalformedRequests.unknownMethods(),
            MalformedRequests.badTokens(), MalformedRequests.weirdHosts(), MalformedRequests.addressRoutes(),
            MalformedRequests.interfaceRoutes(), MalformedPolicyRequests.policyRoutes(), MalformedRouteRequests.ipRoutes(),
            MalformedNatRequests.nat())
        .flatMap(probes -> probes)
        .collect(Collectors.groupingBy(probe -> probe.group, LinkedHashMap::new, Collectors.counting()));
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * A tenant with a block (with a static route) and its subnet (with two allocated addresses), and a
   * policy with one unusable range and one octet; and
   * what the placeholders of a probe stand for.
   */
  private record Fixture(String tenant, String block, String subnet, String otherTenant, String policy, String range,
      String octet, String route) {

    String resolve(String text) {
      return text
          .replace("{t}", tenant)
          .replace("{b}", block)
          .replace("{s}", subnet)
          .replace("{p}", policy)
          .replace("{r}", range)
          .replace("{o}", octet)
          .replace("{rt}", route)
          .replace("{token}", Tokens.of(tenant))
          .replace("{other-token}", Tokens.of(otherTenant))
          .replace("{operator}", Tokens.OPERATOR)
          .replace("{canary}", Integer.toString(canary.getLocalPort()))
          .replace("{n}", Long.toString(numbers.incrementAndGet()));
    }
  }

  /** Network ids are global: each probe's numbers are its own. */
  private static final AtomicLong numbers = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  /** Probes that must change nothing share one fixture; one that changed it gets the next probe a new one. */
  private static Fixture shared;

  private Fixture fixture() {
    String tenant = fresh("probe");
    Map<String, Object> block = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.0.0.0/16\"");
    Map<String, Object> subnet = createSubnet(tenant, block.get("id"), "\"cidr\": \"10.0.0.0/24\"");
    String policies = "/v0.1/ipam/tenants/" + tenant + "/policies";
    String policy = (String) melange.post(policies).token(Tokens.of(tenant)).json("{\"policy\": {\"name\": \"p\"}}")
        .send().object("policy").get("id");
    String range = (String) melange.post(policies + "/" + policy + "/unusable_ip_ranges").token(Tokens.of(tenant))
        .json("{\"ip_range\": {\"offset\": 0, \"length\": 1}}").send().object("ip_range").get("id");
    String octet = (String) melange.post(policies + "/" + policy + "/unusable_ip_octets").token(Tokens.of(tenant))
        .json("{\"ip_octet\": {\"octet\": 1}}").send().object("ip_octet").get("id");
    String route = (String) melange.post(blocksOf(tenant) + "/" + block.get("id") + "/ip_routes").token(Tokens.of(tenant))
        .json("{\"ip_route\": {\"destination\": \"192.168.0.0\", \"gateway\": \"10.0.0.1\"}}").send()
        .object("ip_route").get("id");
    for (String address : List.of(MalformedNatRequests.LOCAL, MalformedNatRequests.GLOBAL)) {
      allocateFromPool.allocateSpecific(Principal.tenant(tenant), new PoolId((String) subnet.get("id")),
          IpAddress.parse(address), AllocationDetails.NONE);
    }
    return new Fixture(tenant, (String) block.get("id"), (String) subnet.get("id"), fresh("other"), policy, range,
        octet, route);
  }

  private void check(Probe probe) {
    if (shared == null) {
      shared = fixture();
    }
    Fixture fixture = probe.mayChange ? fixture() : shared;

    String before = store.take();
    int canaryBefore = canaryCalls.get();
    RawHttp.Response response = send(probe, fixture);
    String after = store.take();
    if (!before.equals(after) && fixture == shared) {
      shared = null;
    }

    String context = probe.group + " / " + probe.name + " → " + response;
    int status = response.status();
    assertTrue(status >= 200 && status < 500, "never a 5xx (nor 1xx, 3xx): " + context);
    if (!probe.statuses.isEmpty()) {
      assertTrue(probe.statuses.contains(status), "status should be one of " + probe.statuses + ": " + context);
    }
    if (probe.answeredByTheServer != null) {
      assertTrue(status >= 400, "refused before any facade (" + probe.answeredByTheServer + "): " + context);
      assertUnchanged(before, after, context);
      return;
    }
    boolean xml = probe.expectsXml();
    if (!probe.method.equals("HEAD")) {
      if (status >= 400) {
        assertFault(response, xml, context);
      } else if (response.body().length > 0) {
        assertDocument(response, xml, context);
      }
    }
    if (status >= 400 || !probe.mayChange) {
      assertUnchanged(before, after, context);
    }
    assertEquals(canaryBefore, canaryCalls.get(), "the server reached out to the canary: " + context);
  }

  private RawHttp.Response send(Probe probe, Fixture fixture) {
    List<Header> headers = new ArrayList<>();
    if (probe.token != null) {
      headers.add(Header.of("X-Auth-Token", fixture.resolve(probe.token)));
    }
    for (Header header : probe.headers) {
      String value = new String(header.value(), StandardCharsets.ISO_8859_1);
      headers.add(value.contains("{") ? Header.of(header.name(), fixture.resolve(value)) : header);
    }
    byte[] body = probe.rawBody != null ? probe.rawBody
        : probe.body == null ? null : fixture.resolve(probe.body).getBytes(StandardCharsets.UTF_8);
    return new RawHttp(server.getURL()).send(probe.method, fixture.resolve(probe.target), headers, body, probe.chunked);
  }

  private void assertFault(RawHttp.Response response, boolean xml, String context) {
    int status = response.status();
    String name = FAULT_NAMES.getOrDefault(status, "BadRequest");
    if (xml) {
      assertEquals("application/xml; charset=UTF-8", response.header("Content-Type"), "an XML Fault: " + context);
      Element root = parseXml(response.body(), context);
      assertEquals(name, root.getTagName(), context);
      assertEquals(Integer.toString(status), root.getAttribute("code"), context);
      List<String> children = new ArrayList<>();
      NodeList nodes = root.getChildNodes();
      for (int i = 0; i < nodes.getLength(); i++) {
        if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
          children.add(nodes.item(i).getNodeName());
        }
      }
      assertEquals(List.of("message", "detail"), children, context);
    } else {
      assertEquals("application/json; charset=UTF-8", response.header("Content-Type"), "a JSON Fault: " + context);
      Map<String, Object> fault = parseJson(response.body(), context);
      assertEquals(List.of(name), List.copyOf(fault.keySet()), context);
      Map<?, ?> inner = assertInstanceOf(Map.class, fault.get(name), context);
      assertEquals(status, ((Number) inner.get("code")).intValue(), context);
      assertInstanceOf(String.class, inner.get("message"), context);
      assertTrue(inner.containsKey("detail"), context);
      assertTrue(inner.get("detail") == null || inner.get("detail") instanceof String, context);
      assertEquals(3, inner.size(), context);
    }
  }

  private void assertDocument(RawHttp.Response response, boolean xml, String context) {
    if (xml) {
      assertEquals("application/xml", response.header("Content-Type"), context);
      parseXml(response.body(), context);
    } else {
      assertEquals("application/json", response.header("Content-Type"), context);
      parseJson(response.body(), context);
    }
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

  private static Element parseXml(byte[] body, String context) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + context, e);
    }
  }
}
