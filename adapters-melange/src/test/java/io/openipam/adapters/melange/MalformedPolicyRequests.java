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
 * The malformed requests of {@link MalformedRequestsTest} for the policy routes (#26–#40): the
 * tenant also owns policy {@code {p}} with one unusable range {@code {r}} and one octet {@code {o}}.
 * Bodies that would succeed are the base of each probe; one broken thing is changed.
 */
final class MalformedPolicyRequests {

  static final String POLICIES = "/v0.1/ipam/tenants/{t}/policies";
  static final String POLICY = POLICIES + "/{p}";
  static final String RANGES = POLICY + "/unusable_ip_ranges";
  static final String RANGE = RANGES + "/{r}";
  static final String OCTETS = POLICY + "/unusable_ip_octets";
  static final String OCTET = OCTETS + "/{o}";

  private MalformedPolicyRequests() {}

  private static final String GROUP = "policy routes";
  private static final Set<String> POLICY_FIELDS = Set.of("name", "description");
  private static final Set<String> RANGE_FIELDS = Set.of("offset", "length");
  private static final Set<String> OCTET_FIELDS = Set.of("octet");

  private static final Writer CREATE_POLICY =
      new Writer("create policy", "POST", POLICIES, "policy", one("name", "\"n\""), POLICY_FIELDS, 201);
  private static final Writer UPDATE_POLICY =
      new Writer("update policy", "PUT", POLICY, "policy", one("name", "\"n\""), POLICY_FIELDS, 200);
  private static final Writer CREATE_RANGE =
      new Writer("create range", "POST", RANGES, "ip_range", validRange(), RANGE_FIELDS, 201);
  private static final Writer UPDATE_RANGE =
      new Writer("update range", "PUT", RANGE, "ip_range", validRange(), RANGE_FIELDS, 200);
  private static final Writer CREATE_OCTET =
      new Writer("create octet", "POST", OCTETS, "ip_octet", one("octet", "7"), OCTET_FIELDS, 201);
  private static final Writer UPDATE_OCTET =
      new Writer("update octet", "PUT", OCTET, "ip_octet", one("octet", "7"), OCTET_FIELDS, 200);
  private static final List<Writer> WRITERS =
      List.of(CREATE_POLICY, UPDATE_POLICY, CREATE_RANGE, UPDATE_RANGE, CREATE_OCTET, UPDATE_OCTET);

  private static Map<String, String> one(String field, String value) {
    return Map.of(field, value);
  }

  private static Map<String, String> validRange() {
    Map<String, String> range = new LinkedHashMap<>();
    range.put("offset", "1");
    range.put("length", "2");
    return range;
  }

  static Stream<Probe> policyRoutes() {
    List<Probe> probes = new ArrayList<>();
    for (Writer writer : WRITERS) {
      Map<String, String> broken = new LinkedHashMap<>();
      broken.put("a truncated object", "{\"" + writer.wrapper() + "\": {");
      broken.put("an array", "[]");
      broken.put("the wrapper as a string", "{\"" + writer.wrapper() + "\": \"x\"}");
      broken.put("the wrapper as an array", "{\"" + writer.wrapper() + "\": [1]}");
      broken.put("trailing garbage", writer.jsonWith(writer.valid().keySet().iterator().next(), "1") + " x");
      broken.forEach((name, body) -> probes.add(writer.probe(GROUP, name).json(body).expect(400)));
      probes.add(writer.probe(GROUP, "an unclosed XML element").xmlBody("<" + writer.wrapper() + "><x>").expect(400));
      probes.add(writer.probe(GROUP, "an XML external entity, answered in XML").xmlBody("""
          <?xml version="1.0"?><!DOCTYPE W [<!ENTITY e SYSTEM "http://127.0.0.1:{canary}/e">]><W><name>&e;</name></W>"""
          .replace("W", writer.wrapper())).header("Accept", "application/xml").answersXml().expect(400));
      probes.add(writer.probe(GROUP, "text/plain").body("text/plain", writer.jsonWith("x", "1")).expect(415));
      probes.add(writer.probe(GROUP, "no token").token(null).json(writer.jsonWith("x", "1")).expect(401));
      probes.add(writer.probe(GROUP, "another tenant's token").token("{other-token}").json(writer.jsonWith("x", "1"))
          .expect(403));
    }
    for (String field : List.of("name", "description")) {
      for (Writer writer : List.of(CREATE_POLICY, UPDATE_POLICY)) {
        probes.add(writer.probe(GROUP, field + " as an object").json(writer.jsonWith(field, "{\"a\": 1}")).expect(400));
        probes.add(writer.probe(GROUP, field + " as an array").json(writer.jsonWith(field, "[\"a\"]")).expect(400));
        probes.add(writer.probe(GROUP, field + " with a NUL, answered in XML")
            .json(writer.jsonWith(field, "\"a\\u0000b\"")).header("Accept", "application/xml").answersXml()
            .expect(400));
        probes.add(writer.probe(GROUP, field + " with a lone surrogate").json(writer.jsonWith(field, "\"a\\ud800\""))
            .expect(400));
        probes.add(writer.probe(GROUP, "10,000 characters of " + field)
            .json(writer.jsonWith(field, "\"" + "x".repeat(10_000) + "\"")).expect(400));
      }
    }
    probes.add(CREATE_POLICY.probe(GROUP, "no name at all").json("{\"policy\": {}}").expect(400));
    probes.add(CREATE_POLICY.probe(GROUP, "a name of spaces").json("{\"policy\": {\"name\": \"   \"}}").expect(400));
    probes.add(CREATE_POLICY.probe(GROUP, "a body with no Content-Type, read as no fields").body(null, "{\"policy\": {}}")
        .expect(400));
    Map<String, String> notIntegers = new LinkedHashMap<>();
    notIntegers.put("an object", "{\"v\": 1}");
    notIntegers.put("an array", "[1]");
    notIntegers.put("a boolean", "true");
    notIntegers.put("a fraction", "1.5");
    notIntegers.put("a fraction as text", "\"1.5\"");
    notIntegers.put("hexadecimal text", "\"0x10\"");
    notIntegers.put("a NUL in text", "\"1\\u0000\"");
    notIntegers.put("a huge number", "1" + "0".repeat(400));
    notIntegers.put("a huge exponent", "1e999999999");
    notIntegers.put("10,000 digits as text", "\"" + "9".repeat(10_000) + "\"");
    for (Writer writer : List.of(CREATE_RANGE, UPDATE_RANGE, CREATE_OCTET, UPDATE_OCTET)) {
      for (String field : writer.valid().keySet()) {
        notIntegers.forEach((kind, value) ->
            probes.add(writer.probe(GROUP, field + " as " + kind).json(writer.jsonWith(field, value)).expect(400)));
      }
    }
    Map<String, String> outOfRange = new LinkedHashMap<>();
    outOfRange.put("a negative length", "length:-1");
    outOfRange.put("a length past 64 bits", "length:9223372036854775808");
    outOfRange.put("an offset past 64 bits", "offset:-9223372036854775809");
    outOfRange.put("a negative octet", "octet:-1");
    outOfRange.put("an octet past 65535", "octet:65536");
    outOfRange.forEach((kind, change) -> {
      String[] parts = change.split(":");
      for (Writer writer : List.of(CREATE_RANGE, UPDATE_RANGE, CREATE_OCTET, UPDATE_OCTET)) {
        if (writer.valid().containsKey(parts[0])) {
          probes.add(writer.probe(GROUP, kind).json(writer.jsonWith(parts[0], parts[1])).expect(400));
        }
      }
    });
    Map<String, String> oddButValid = new LinkedHashMap<>();
    oddButValid.put("integers as text with blanks and a sign", "offset: \" -7 \"");
    oddButValid.put("an integral float", "length:3.0");
    oddButValid.put("an integral exponent", "length:2e1");
    oddButValid.put("the largest length", "length:9223372036854775807");
    oddButValid.put("the largest octet", "octet:65535");
    oddButValid.put("an octet as text", "octet:\"+12\"");
    oddButValid.forEach((kind, change) -> {
      String[] parts = change.split(":", 2);
      for (Writer writer : List.of(CREATE_RANGE, UPDATE_RANGE, CREATE_OCTET, UPDATE_OCTET)) {
        if (writer.valid().containsKey(parts[0].strip())) {
          probes.add(writer.probe(GROUP, kind).json(writer.jsonWith(parts[0].strip(), parts[1])).expect(writer.success())
              .mayChange());
        }
      }
    });
    Map<String, String> lookups = new LinkedHashMap<>();
    lookups.put("an unknown policy", POLICIES + "/nope");
    lookups.put("a policy by a NUL", POLICIES + "/%00");
    lookups.put("a policy by a 3,000-character id", POLICIES + "/" + "p".repeat(3_000));
    lookups.put("a policy by a double suffix", POLICY + ".json.xml");
    lookups.put("a policy by a trailing slash", POLICY + "/");
    lookups.put("the ranges of an unknown policy", POLICIES + "/nope/unusable_ip_ranges");
    lookups.put("an unknown range", RANGES + "/nope");
    lookups.put("the range under the octets", OCTETS + "/{r}");
    lookups.put("the octet under the ranges, in XML", RANGES + "/{o}.xml");
    lookups.put("a range by an encoded slash", RANGES + "/a%2Fb");
    lookups.put("the policy's new form", POLICIES + "/new");
    lookups.put("the policy's edit form", POLICY + "/edit");
    lookups.forEach((name, path) -> {
      probes.add(new Probe(GROUP, "GET " + name, "GET", path).expect(404));
      probes.add(new Probe(GROUP, "DELETE " + name, "DELETE", path).expect(404));
    });
    Map<String, String> wrongVerbs = new LinkedHashMap<>();
    wrongVerbs.put("PUT the policy list", "PUT " + POLICIES);
    wrongVerbs.put("DELETE the policy list", "DELETE " + POLICIES);
    wrongVerbs.put("POST to a policy", "POST " + POLICY);
    wrongVerbs.put("DELETE the range list", "DELETE " + RANGES);
    wrongVerbs.put("POST to a range", "POST " + RANGE);
    wrongVerbs.put("POST to an octet, as the API document says to update it", "POST " + OCTET);
    wrongVerbs.put("PATCH an octet", "PATCH " + OCTET);
    wrongVerbs.forEach((name, request) -> {
      String[] parts = request.split(" ", 2);
      probes.add(new Probe(GROUP, name, parts[0], parts[1]).json("{\"ip_octet\": {\"octet\": 1}}")
          .expect(404));
    });
    for (String list : List.of(POLICIES, RANGES, OCTETS)) {
      for (String query : List.of("limit=-1", "limit=abc", "marker=%00")) {
        probes.add(new Probe(GROUP, "list " + list.substring(list.lastIndexOf('/') + 1) + " with ?" + query,
            "GET", list + "?" + query).expect(400));
      }
      probes.add(new Probe(GROUP, "list " + list.substring(list.lastIndexOf('/') + 1)
          + " with another tenant's token", "GET", list).token("{other-token}").expect(403));
    }
    return probes.stream();
  }
}
