package io.openipam.adapters.melange;

import io.openipam.adapters.melange.MalformedRequests.Probe;
import io.openipam.adapters.melange.MalformedRequests.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  private static final Set<String> FIELDS = Set.of("destination", "gateway", "netmask");
  private static final Writer CREATE = new Writer("create route", "POST", ROUTES, "ip_route", valid(), FIELDS, 201);
  private static final Writer UPDATE = new Writer("update route", "PUT", ROUTE, "ip_route", valid(), FIELDS, 200);

  private static Map<String, String> valid() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("destination", "\"192.168.0.0\"");
    fields.put("gateway", "\"10.0.0.1\"");
    return fields;
  }

  static Stream<Probe> ipRoutes() {
    List<Probe> probes = new ArrayList<>();
    Map<String, String> wrong = new LinkedHashMap<>();
    wrong.put("an object", "{\"a\": 1}");
    wrong.put("an array", "[\"10.0.0.1\"]");
    wrong.put("a NUL", "\"10.0.0.1\\u0000\"");
    wrong.put("a lone surrogate", "\"\\udc00\"");
    wrong.put("10,000 characters", "\"" + "1".repeat(10_000) + "\"");
    for (Writer writer : List.of(CREATE, UPDATE)) {
      for (String field : List.of("destination", "gateway", "netmask")) {
        wrong.forEach((kind, value) -> probes.add(writer.probe(GROUP, field + " as " + kind)
            .json(writer.jsonWith(field, value)).expect(400)));
      }
      Map<String, String> broken = new LinkedHashMap<>();
      broken.put("a truncated object", "{\"ip_route\": {");
      broken.put("an array", "[]");
      broken.put("the wrapper as a number", "{\"ip_route\": 1}");
      broken.forEach((name, json) -> probes.add(writer.probe(GROUP, name).json(json).expect(400)));
      probes.add(writer.probe(GROUP, "an XML external entity").xmlBody("""
          <?xml version="1.0"?><!DOCTYPE ip_route [<!ENTITY e SYSTEM "http://127.0.0.1:{canary}/e">]>
          <ip_route><destination>&e;</destination><gateway>g</gateway></ip_route>""").expect(400));
      String body = writer.jsonWith("x", "1");
      probes.add(writer.probe(GROUP, "text/plain").body("text/plain", body).expect(415));
      probes.add(writer.probe(GROUP, "no token").token(null).json(body).expect(401));
      probes.add(writer.probe(GROUP, "another tenant's token").token("{other-token}").json(body).expect(403));
      probes.add(new Probe(GROUP, writer.label() + ": the operator under another tenant's URL", writer.method(),
          writer.target().replace("{t}", "{t}-x")).token("{operator}").json(body).expect(404));
    }
    probes.add(new Probe(GROUP, "create route: no destination, answered in XML", "POST", ROUTES + ".xml")
        .json("{\"ip_route\": {\"gateway\": \"g\"}}").expect(400));
    probes.add(new Probe(GROUP, "create route: numbers as text", "POST", ROUTES)
        .json(CREATE.jsonWith("netmask", "24")).expect(201).mayChange());
    probes.add(new Probe(GROUP, "update route: a null gateway keeps it", "PUT", ROUTE)
        .json(UPDATE.jsonWith("gateway", "null")).expect(200).mayChange());
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
          .json(CREATE.jsonWith("x", "1")).expect(404));
    }
    for (String query : List.of("limit=-1", "limit=abc", "marker=%00")) {
      probes.add(new Probe(GROUP, "list with ?" + query, "GET", ROUTES + "?" + query).expect(400));
    }
    return probes.stream();
  }
}
