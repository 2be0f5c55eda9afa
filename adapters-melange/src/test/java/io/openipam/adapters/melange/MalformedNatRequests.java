package io.openipam.adapters.melange;

import io.openipam.adapters.melange.MalformedRequests.Probe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The malformed requests of {@link MalformedRequestsTest} for NAT (#13–#20): the tenant's subnet
 * {@code {s}} holds the allocated addresses {@value #LOCAL} and {@value #GLOBAL}.
 */
final class MalformedNatRequests {

  static final String LOCAL = "10.0.0.5";
  static final String GLOBAL = "10.0.0.6";
  static final String ADDRESSES = MalformedRequests.BLOCKS + "/{s}/ip_addresses";
  static final String GLOBALS = ADDRESSES + "/" + LOCAL + "/inside_globals";
  static final String LOCALS = ADDRESSES + "/" + GLOBAL + "/inside_locals";
  private static final String GROUP = "NAT";

  private MalformedNatRequests() {}

  private static String item(String block, String address) {
    return "{\"ip_block_id\": " + block + ", \"ip_address\": " + address + "}";
  }

  static Stream<Probe> nat() {
    List<Probe> probes = new ArrayList<>();
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("an empty object", "{}");
    bodies.put("ip_addresses as a string", "{\"ip_addresses\": \"" + GLOBAL + "\"}");
    bodies.put("ip_addresses as an object", "{\"ip_addresses\": " + item("\"{s}\"", "\"" + GLOBAL + "\"") + "}");
    bodies.put("ip_addresses as a number", "{\"ip_addresses\": 6}");
    bodies.put("a list of strings", "{\"ip_addresses\": [\"" + GLOBAL + "\"]}");
    bodies.put("a list of lists", "{\"ip_addresses\": [[]]}");
    bodies.put("an item without ip_block_id", "{\"ip_addresses\": [{\"ip_address\": \"" + GLOBAL + "\"}]}");
    bodies.put("an item without ip_address", "{\"ip_addresses\": [{\"ip_block_id\": \"{s}\"}]}");
    bodies.put("ip_address as an object", "{\"ip_addresses\": [" + item("\"{s}\"", "{\"a\": 1}") + "]}");
    bodies.put("ip_block_id as a list", "{\"ip_addresses\": [" + item("[\"{s}\"]", "\"" + GLOBAL + "\"") + "]}");
    bodies.put("ip_address with a NUL", "{\"ip_addresses\": [" + item("\"{s}\"", "\"10.0.0.6\\u0000\"") + "]}");
    bodies.put("a valid item after a broken one", "{\"ip_addresses\": [1, " + item("\"{s}\"", "\"" + GLOBAL + "\"")
        + "]}");
    bodies.put("a block id with a NUL", "{\"ip_addresses\": [" + item("\"\\u0000\"", "\"" + GLOBAL + "\"") + "]}");
    bodies.put("a truncated list", "{\"ip_addresses\": [");
    bodies.put("the list at the top", "[" + item("\"{s}\"", "\"" + GLOBAL + "\"") + "]");
    Map<String, String> notFound = new LinkedHashMap<>();
    notFound.put("an address that is no IP", item("\"{s}\"", "\"10.0.0.256\""));
    notFound.put("an address with a zone", item("\"{s}\"", "\"fe80::1%eth0\""));
    notFound.put("an address not allocated", item("\"{s}\"", "\"10.0.0.99\""));
    notFound.put("an address in CIDR notation", item("\"{s}\"", "\"10.0.0.6/32\""));
    notFound.put("an unknown block", item("\"nope\"", "\"" + GLOBAL + "\""));
    notFound.put("a 10,000-character block id", item("\"" + "b".repeat(10_000) + "\"", "\"" + GLOBAL + "\""));
    notFound.put("the subdivided parent block", item("\"{b}\"", "\"" + GLOBAL + "\""));
    for (String route : List.of(GLOBALS, LOCALS)) {
      String side = route.substring(route.lastIndexOf('/') + 1);
      bodies.forEach((name, body) -> probes.add(new Probe(GROUP, "POST " + side + " with " + name, "POST", route)
          .json(body).expect(400)));
      notFound.forEach((name, item) -> probes.add(new Probe(GROUP, "POST " + side + " naming " + name, "POST", route)
          .json("{\"ip_addresses\": [" + item + "]}").expect(404)));
      probes.add(new Probe(GROUP, "POST " + side + " with 500 unknown items", "POST", route)
          .json("{\"ip_addresses\": [" + IntStream.range(0, 500).mapToObj(i -> item("\"nope\"", "\"10.0.0." + i + "\""))
              .collect(Collectors.joining(", ")) + "]}").expect(404));
      probes.add(new Probe(GROUP, "POST " + side + " as XML, which cannot say a list", "POST", route + ".xml")
          .xmlBody("<ip_addresses><ip_address><ip_block_id>{s}</ip_block_id><ip_address>" + GLOBAL
              + "</ip_address></ip_address></ip_addresses>").expect(400));
      probes.add(new Probe(GROUP, "POST " + side + " with an XML external entity", "POST", route).xmlBody("""
          <?xml version="1.0"?><!DOCTYPE a [<!ENTITY e SYSTEM "http://127.0.0.1:{canary}/e">]><ip_addresses>&e;</ip_addresses>""")
          .expect(400));
      probes.add(new Probe(GROUP, "POST " + side + " as text/plain", "POST", route).body("text/plain", "{}").expect(415));
      probes.add(new Probe(GROUP, "POST " + side + " without a token", "POST", route).token(null).json("{}").expect(401));
      probes.add(new Probe(GROUP, "DELETE " + side + " with another tenant's token", "DELETE", route)
          .token("{other-token}").expect(403));
      for (String query : List.of("limit=-1", "limit=abc", "marker=%00")) {
        probes.add(new Probe(GROUP, "GET " + side + " with ?" + query, "GET", route + "?" + query).expect(400));
      }
      for (String verb : List.of("PUT", "PATCH")) {
        probes.add(new Probe(GROUP, verb + " " + side, verb, route).json("{}").expect(404));
      }
      probes.add(new Probe(GROUP, "GET one of " + side, "GET", route + "/" + GLOBAL).expect(404));
      probes.add(new Probe(GROUP, "POST to one of " + side, "POST", route + "/" + GLOBAL).json("{}").expect(404));
      Map<String, String> others = new LinkedHashMap<>();
      others.put("a NUL", "%00");
      others.put("a 3,000-character text", "a".repeat(3_000));
      others.put("an address with a zone", "fe80::1%25eth0");
      others.put("a CIDR", "10.0.0.6%2F32");
      others.forEach((name, other) -> probes.add(new Probe(GROUP, "DELETE one of " + side + " by " + name
          + ", which names nothing bound", "DELETE", route + "/" + other).expect(200, 404)));
    }
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("a NUL", "%00");
    paths.put("an address that is no IP", "10.0.0.256");
    paths.put("a 3,000-character address", "1".repeat(3_000));
    paths.put("an address with a zone", "fe80::1%25eth0");
    paths.put("an encoded slash", "10.0.0.5%2F32");
    paths.put("an IPv6 address in a v4 block", "::a00:5");
    paths.put("a double suffix", LOCAL + ".json");
    paths.forEach((name, address) -> {
      String route = ADDRESSES + "/" + address + "/inside_globals";
      probes.add(new Probe(GROUP, "GET globals of " + name, "GET", route).expect(404));
      probes.add(new Probe(GROUP, "DELETE globals of " + name + ", in XML", "DELETE", route + ".xml").expect(404));
    });
    probes.add(new Probe(GROUP, "GET globals of an IPv4-mapped IPv6 spelling", "GET",
        ADDRESSES + "/::ffff:" + LOCAL + "/inside_globals").expect(200, 404));
    probes.add(new Probe(GROUP, "GET a block by an escaped percent sign, in XML (the suffix rewrites the path)", "GET",
        MalformedRequests.BLOCKS + "/a%25b.xml").expect(404));
    probes.add(new Probe(GROUP, "GET globals under the subdivided parent", "GET",
        MalformedRequests.BLOCK + "/ip_addresses/" + LOCAL + "/inside_globals").expect(404));
    probes.add(new Probe(GROUP, "GET globals under another tenant's URL as the operator", "GET",
        "/v0.1/ipam/tenants/{t}-x/ip_blocks/{s}/ip_addresses/" + LOCAL + "/inside_globals").token("{operator}")
        .expect(404));
    return probes.stream();
  }
}
