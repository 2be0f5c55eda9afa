package io.openipam.adapters.melange;

import io.openipam.adapters.melange.MalformedRequests.Probe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The malformed requests of {@link MalformedRequestsTest} for a block's static routes (#21–#25):
 * the tenant's block {@code {b}} holds route {@code {rt}}.
 */
final class MalformedRouteRequests {

  static final String ROUTES = MalformedRequests.BLOCK + "/ip_routes";
  static final String ROUTE = ROUTES + "/{rt}";
  private static final String GROUP = "ip routes";

  private MalformedRouteRequests() {}

  private static String body(String field, String value) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("destination", "\"192.168.0.0\"");
    fields.put("gateway", "\"10.0.0.1\"");
    fields.put(field, value);
    StringBuilder json = new StringBuilder("{\"ip_route\": {");
    fields.forEach((key, raw) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ", ")
        .append('"').append(key).append("\": ").append(raw));
    return json.append("}}").toString();
  }

  static Stream<Probe> ipRoutes() {
    List<Probe> probes = new ArrayList<>();
    Map<String, String> writers = new LinkedHashMap<>();
    writers.put("create route", "POST " + ROUTES);
    writers.put("update route", "PUT " + ROUTE);
    Map<String, String> wrong = new LinkedHashMap<>();
    wrong.put("an object", "{\"a\": 1}");
    wrong.put("an array", "[\"10.0.0.1\"]");
    wrong.put("a NUL", "\"10.0.0.1\\u0000\"");
    wrong.put("a lone surrogate", "\"\\udc00\"");
    wrong.put("10,000 characters", "\"" + "1".repeat(10_000) + "\"");
    writers.forEach((label, request) -> {
      String[] parts = request.split(" ", 2);
      for (String field : List.of("destination", "gateway", "netmask")) {
        wrong.forEach((kind, value) -> probes.add(new Probe(GROUP, label + ": " + field + " as " + kind, parts[0],
            parts[1]).json(body(field, value)).expect(400)));
      }
      Map<String, String> broken = new LinkedHashMap<>();
      broken.put("a truncated object", "{\"ip_route\": {");
      broken.put("an array", "[]");
      broken.put("the wrapper as a number", "{\"ip_route\": 1}");
      broken.forEach((name, json) -> probes.add(new Probe(GROUP, label + ": " + name, parts[0], parts[1]).json(json)
          .expect(400)));
      probes.add(new Probe(GROUP, label + ": an XML external entity", parts[0], parts[1]).xmlBody("""
          <?xml version="1.0"?><!DOCTYPE ip_route [<!ENTITY e SYSTEM "http://127.0.0.1:{canary}/e">]>
          <ip_route><destination>&e;</destination><gateway>g</gateway></ip_route>""").expect(400));
      probes.add(new Probe(GROUP, label + ": text/plain", parts[0], parts[1]).body("text/plain", body("x", "1"))
          .expect(415));
      probes.add(new Probe(GROUP, label + ": no token", parts[0], parts[1]).token(null).json(body("x", "1"))
          .expect(401));
      probes.add(new Probe(GROUP, label + ": another tenant's token", parts[0], parts[1]).token("{other-token}")
          .json(body("x", "1")).expect(403));
      probes.add(new Probe(GROUP, label + ": the operator under another tenant's URL", parts[0],
          parts[1].replace("{t}", "{t}-x")).token("{operator}").json(body("x", "1")).expect(404));
    });
    probes.add(new Probe(GROUP, "create route: no destination, answered in XML", "POST", ROUTES + ".xml")
        .json("{\"ip_route\": {\"gateway\": \"g\"}}").expect(400));
    probes.add(new Probe(GROUP, "create route: numbers as text", "POST", ROUTES)
        .json(body("netmask", "24")).expect(201).mayChange());
    probes.add(new Probe(GROUP, "update route: a null gateway keeps it", "PUT", ROUTE)
        .json(body("gateway", "null")).expect(200).mayChange());
    Map<String, String> lookups = new LinkedHashMap<>();
    lookups.put("an unknown route", ROUTES + "/nope");
    lookups.put("a route by a NUL", ROUTES + "/%00");
    lookups.put("a route by a 3,000-character id", ROUTES + "/" + "r".repeat(3_000));
    lookups.put("a route by a double suffix", ROUTE + ".json.xml");
    lookups.put("a route by a trailing slash", ROUTE + "/");
    lookups.put("the routes of an unknown block", MalformedRequests.BLOCKS + "/nope/ip_routes/{rt}");
    lookups.put("the route under the subnet", MalformedRequests.BLOCKS + "/{s}/ip_routes/{rt}");
    lookups.put("the route's edit form", ROUTE + "/edit");
    lookups.forEach((name, path) -> {
      probes.add(new Probe(GROUP, "GET " + name, "GET", path).expect(404));
      probes.add(new Probe(GROUP, "DELETE " + name, "DELETE", path).expect(404));
    });
    for (String request : List.of("PUT " + ROUTES, "DELETE " + ROUTES, "POST " + ROUTE, "PATCH " + ROUTE)) {
      String[] parts = request.split(" ", 2);
      probes.add(new Probe(GROUP, request.replace(MalformedRequests.BLOCK, "..."), parts[0], parts[1])
          .json(body("x", "1")).expect(404));
    }
    for (String query : List.of("limit=-1", "limit=abc", "marker=%00")) {
      probes.add(new Probe(GROUP, "list with ?" + query, "GET", ROUTES + "?" + query).expect(400));
    }
    return probes.stream();
  }
}
