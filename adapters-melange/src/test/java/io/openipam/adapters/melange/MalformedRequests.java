package io.openipam.adapters.melange;

import io.openipam.testing.http.RawHttp.Header;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The malformed requests {@link MalformedRequestsTest} sends, one group per thing they break.
 * Each {@link Probe} is one request, named in words, against a tenant that owns one block
 * ({@code 10.0.0.0/16}) with one subnet ({@code 10.0.0.0/24}); paths, headers and bodies name
 * them by placeholder: {@code {t}} the tenant, {@code {b}} its block, {@code {s}} the subnet,
 * {@code {token}} the tenant's token, {@code {other-token}} another tenant's, {@code {operator}}
 * the operator's, {@code {canary}} the port of a listener no request may ever reach, {@code {n}}
 * a number no other probe uses (network ids are global).
 *
 * <p>By default a probe must be refused or answered without changing anything; {@code expect}
 * pins its status. A probe that may succeed says so ({@code mayChange}) and gets a tenant of its
 * own. The few that the HTTP layer refuses before any facade sees them say why.
 */
final class MalformedRequests {

  static final String BLOCKS = "/v0.1/ipam/tenants/{t}/ip_blocks";
  static final String BLOCK = BLOCKS + "/{b}";
  static final String SUBNETS = BLOCK + "/subnets";

  /** Why some requests never reach the facade, and are answered in the server's own error shape. */
  static final String NO_URI = "Micronaut refuses a target that is no URI (a bad escape, a raw space, backslash or"
      + " non-ASCII character) before any filter, and hands on GET / instead";
  static final String LINE_TOO_LONG = "Netty refuses a request line over 4 KiB before any filter";
  static final String HEADERS_TOO_LARGE = "Netty refuses headers over 8 KiB before any filter";

  private MalformedRequests() {}

  /** One request, and what its answer may be besides "not a 5xx". */
  static final class Probe {
    final String group;
    final String name;
    final String method;
    final String target;
    final List<Header> headers = new ArrayList<>();
    String token = "{token}";
    String body;
    byte[] rawBody;
    boolean chunked;
    /** Allowed statuses; empty: any status below 500. */
    Set<Integer> statuses = Set.of();
    /** The format answers must be in; null: the path's {@code .xml} suffix decides, else JSON. */
    Boolean xml;
    /** A 2xx may change the store (the request was odd but acceptable); a 4xx never may. */
    boolean mayChange;
    /**
     * Answered before any facade sees the request (Netty's codec refuses it, or its target names
     * no facade): any 4xx in the server's own error shape, never a 5xx, nothing changed.
     */
    String answeredByTheServer;

    Probe(String group, String name, String method, String target) {
      this.group = group;
      this.name = name;
      this.method = method;
      this.target = target;
    }

    Probe header(String name, String value) {
      headers.add(Header.of(name, value));
      return this;
    }

    Probe rawHeader(String name, byte[] value) {
      headers.add(new Header(name, value));
      return this;
    }

    Probe token(String value) {
      token = value;
      return this;
    }

    Probe json(String text) {
      return body("application/json", text);
    }

    Probe xmlBody(String text) {
      return body("application/xml", text);
    }

    Probe body(String contentType, String text) {
      if (contentType != null) {
        header("Content-Type", contentType);
      }
      body = text;
      return this;
    }

    Probe raw(String contentType, byte[] bytes) {
      header("Content-Type", contentType);
      rawBody = bytes;
      return this;
    }

    Probe chunked() {
      chunked = true;
      return this;
    }

    Probe expect(Integer... allowed) {
      statuses = Set.copyOf(List.of(allowed));
      return this;
    }

    Probe answeredByTheServer(String why) {
      answeredByTheServer = why;
      return this;
    }

    Probe answersXml() {
      xml = true;
      return this;
    }

    Probe answersJson() {
      xml = false;
      return this;
    }

    Probe mayChange() {
      mayChange = true;
      return this;
    }

    boolean expectsXml() {
      if (xml != null) {
        return xml;
      }
      int query = target.indexOf('?');
      return (query < 0 ? target : target.substring(0, query)).endsWith(".xml");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Probe probe(String group, String name, String method, String target) {
    return new Probe(group, name, method, target);
  }

  // ---------------------------------------------------------------------------------------------
  // The three routes that take a body, each with a body that would succeed.

  /** A route that reads a body: its method, path, wrapper key and fields that make it succeed. */
  record Writer(String label, String method, String target, String wrapper, Map<String, String> valid,
      Set<String> used, int success) {

    /** The valid body with {@code field} set to the raw JSON {@code value} (added if absent). */
    String jsonWith(String field, String value) {
      Map<String, String> fields = new LinkedHashMap<>(valid);
      fields.put(field, value);
      return "{\"" + wrapper + "\": {" + fields.entrySet().stream()
          .map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
          .collect(Collectors.joining(", ")) + "}}";
    }

    String validJson() {
      return jsonWith(valid.keySet().iterator().next(), valid.values().iterator().next());
    }

    String xmlWith(String inner) {
      return "<" + wrapper + ">" + inner + "</" + wrapper + ">";
    }

    String validXmlFields() {
      return valid.entrySet().stream()
          .map(entry -> "<" + entry.getKey() + ">" + entry.getValue().replace("\"", "") + "</" + entry.getKey() + ">")
          .collect(Collectors.joining());
    }

    Probe probe(String group, String name) {
      return new Probe(group, label + ": " + name, method, target);
    }

    boolean isUpdate() {
      return method.equals("PUT");
    }
  }

  static final Writer CREATE_BLOCK = new Writer("create block", "POST", BLOCKS, "ip_block",
      ordered("type", "\"private\"", "cidr", "\"10.1.0.0/24\""),
      Set.of("type", "cidr", "network_id", "policy_id", "gateway", "dns1", "dns2"), 201);
  static final Writer UPDATE_BLOCK = new Writer("update block", "PUT", BLOCK, "ip_block",
      ordered("dns1", "\"9.9.9.9\""),
      Set.of("network_id", "policy_id", "gateway", "dns1", "dns2"), 200);
  static final Writer CREATE_SUBNET = new Writer("create subnet", "POST", SUBNETS, "subnet",
      ordered("cidr", "\"10.0.1.0/24\""),
      Set.of("cidr", "network_id", "tenant_id"), 201);
  static final List<Writer> WRITERS = List.of(CREATE_BLOCK, UPDATE_BLOCK, CREATE_SUBNET);

  static final List<String> BLOCK_FIELDS =
      List.of("cidr", "type", "network_id", "policy_id", "gateway", "dns1", "dns2", "tenant_id", "parent_id");

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  // ---------------------------------------------------------------------------------------------

  /** Bodies that are not one JSON object, or not JSON, or too big or too deep to read. */
  static Stream<Probe> invalidJson() {
    String group = "invalid JSON";
    String deepArrays = "[".repeat(10_000) + "]".repeat(10_000);
    String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    String padding = " ".repeat(1_100_000);
    List<Probe> probes = new ArrayList<>();
    for (Writer writer : WRITERS) {
      Map<String, String> bodies = new LinkedHashMap<>();
      bodies.put("a truncated object", "{\"" + writer.wrapper() + "\": {\"cidr\": ");
      bodies.put("an empty array", "[]");
      bodies.put("a string", "\"str\"");
      bodies.put("null", "null");
      bodies.put("a number", "42");
      bodies.put("an object followed by garbage", writer.validJson() + " xyz");
      bodies.put("the wrapper as an array", "{\"" + writer.wrapper() + "\": []}");
      bodies.put("arrays nested 10,000 deep", deepArrays);
      bodies.put("a field nested 10,000 arrays deep", writer.jsonWith("cidr", deepArrays));
      bodies.forEach((name, body) -> probes.add(writer.probe(group, name).json(body).expect(400)));
      probes.add(writer.probe(group, "invalid UTF-8 in a key")
          .raw("application/json", concat("{\"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28},
              "\": 1}".getBytes(StandardCharsets.UTF_8)))
          .expect(400));
      probes.add(writer.probe(group, "a valid body padded past 1 MB").json(writer.validJson() + padding).expect(413));
      probes.add(writer.probe(group, "a valid body padded past 1 MB, sent chunked with no length")
          .json(writer.validJson() + padding).chunked().expect(413));
    }
    Map<String, String> more = ordered(
        "a boolean", "true",
        "a number too big for a double", "1e999",
        "single quotes", CREATE_BLOCK.validJson().replace('"', '\''),
        "a comment", "/* hi */ " + CREATE_BLOCK.validJson(),
        "NaN as a value", CREATE_BLOCK.jsonWith("dns2", "NaN"),
        "an unescaped NUL byte in a string", CREATE_BLOCK.jsonWith("dns2", "\"a\u0000b\""),
        "an unescaped newline in a string", CREATE_BLOCK.jsonWith("dns2", "\"a\nb\""),
        "the wrapper as a number", "{\"ip_block\": 7}",
        "the wrapper as a string", "{\"ip_block\": \"ip_block\"}",
        "two objects", CREATE_BLOCK.validJson() + CREATE_BLOCK.validJson(),
        "objects nested 10,000 deep", deepObjects,
        "a trailing comma", CREATE_BLOCK.validJson().replace("}}", ",}}"));
    more.forEach((name, body) -> probes.add(CREATE_BLOCK.probe(group, name).json(body).expect(400)));
    probes.add(UPDATE_BLOCK.probe(group, "the wrapper as null, which means no fields").json("{\"ip_block\": null}")
        .expect(200).mayChange());
    probes.add(CREATE_BLOCK.probe(group, "a byte order mark, which is read past")
        .json("\ufeff" + CREATE_BLOCK.validJson()).expect(201).mayChange());
    probes.add(CREATE_BLOCK.probe(group, "a 1 MB string value")
        .json(CREATE_BLOCK.jsonWith("dns2", "\"" + "x".repeat(1_100_000) + "\"")).expect(413));
    return probes.stream();
  }

  /** Every field with a JSON type it cannot have. */
  static Stream<Probe> wrongJsonTypes() {
    String group = "wrong JSON types";
    // "{n}" is a number of the probe's own: network ids are global, one probe's must not meet another's.
    Map<String, String> wrong = ordered(
        "a number", "{n}",
        "an object", "{\"value\": \"10.0.0.0/24\"}",
        "an array", "[\"10.0.0.0/24\"]");
    /** Numbers are taken as their text where any text will do. */
    Set<String> freeText = Set.of("network_id", "dns1", "dns2");
    List<Probe> probes = new ArrayList<>();
    for (Writer writer : WRITERS) {
      for (String field : BLOCK_FIELDS) {
        if (!writer.used().contains(field) && writer != CREATE_BLOCK
            && !Set.of("cidr", "type", "tenant_id", "policy_id").contains(field)) {
          continue; // enough ignored fields said by the others
        }
        wrong.forEach((kind, value) -> {
          boolean ignored = !writer.used().contains(field);
          if (ignored && writer != CREATE_BLOCK && !kind.equals("an object")
              || ignored && kind.equals("a number")
              || writer.isUpdate() && kind.equals("an array")) {
            return; // enough said by the others
          }
          Probe probe = writer.probe(group, field + " as " + kind).json(writer.jsonWith(field, value));
          boolean number = kind.equals("a number");
          if (!writer.used().contains(field)) {
            probe.expect(writer.success()).mayChange(); // ignored by this route (spec §5.1, §5.2)
          } else if (number && freeText.contains(field)) {
            probe.expect(writer.success()).mayChange();
          } else if (number && field.equals("tenant_id")) {
            probe.expect(403); // another tenant: a tenant creates pools only for itself
          } else {
            probe.expect(400);
          }
          probes.add(probe);
        });
      }
    }
    for (String field : List.of("cidr", "type", "gateway", "policy_id")) {
      probes.add(CREATE_BLOCK.probe(group, field + " as a boolean").json(CREATE_BLOCK.jsonWith(field, "false"))
          .expect(400));
      probes.add(CREATE_BLOCK.probe(group, field + " as nested arrays").json(CREATE_BLOCK.jsonWith(field, "[[[[]]]]"))
          .expect(400));
    }
    probes.add(CREATE_BLOCK.probe(group, "cidr as a float").json(CREATE_BLOCK.jsonWith("cidr", "10.5")).expect(400));
    probes.add(CREATE_BLOCK.probe(group, "cidr as a huge integer")
        .json(CREATE_BLOCK.jsonWith("cidr", "1" + "0".repeat(400))).expect(400));
    return probes.stream();
  }

  /** 10,000 characters in every field. */
  static Stream<Probe> hugeStrings() {
    String group = "huge strings";
    String huge = "\"" + "1".repeat(10_000) + "\"";
    List<Probe> probes = new ArrayList<>();
    for (Writer writer : WRITERS) {
      for (String field : BLOCK_FIELDS) {
        if (!writer.used().contains(field) && writer != CREATE_BLOCK) {
          continue;
        }
        Probe probe = writer.probe(group, "10,000 characters of " + field).json(writer.jsonWith(field, huge));
        probes.add(writer.used().contains(field) ? probe.expect(400) : probe.expect(writer.success()).mayChange());
      }
    }
    probes.add(CREATE_BLOCK.probe(group, "a 10,000-character field name")
        .json(CREATE_BLOCK.jsonWith("k".repeat(10_000), "\"x\"")).expect(201).mayChange());
    probes.add(CREATE_BLOCK.probe(group, "a 10,000-character wrapper key")
        .json("{\"" + "w".repeat(10_000) + "\": {}}").expect(400));
    probes.add(UPDATE_BLOCK.probe(group, "10,000 characters of policy_id, answered in XML")
        .json(UPDATE_BLOCK.jsonWith("policy_id", huge)).header("Accept", "application/xml").answersXml().expect(400));
    return probes.stream();
  }

  /** Text no address, id or name server holds: controls, NUL, broken UTF-16; and unicode that is fine. */
  static Stream<Probe> unicodeAndControls() {
    String group = "unicode and control characters";
    Map<String, String> refused = ordered(
        "a NUL character", "a\u0000b",
        "a bell and an escape sequence", "\u0007\u001b[31mred",
        "a DEL character", "net\u007f",
        "a C1 control", "net\u0085",
        "a CR LF pair", "a\r\nX-Injected: yes",
        "a lone high surrogate", "net\ud800",
        "a lone low surrogate", "\udc00net");
    Map<String, String> accepted = ordered(
        "letters with accents", "réseau-ñet-ü",
        "an emoji", "net-\ud83d\ude42",
        "a right-to-left override", "net-\u202egnp",
        "a byte order mark", "\ufeffnet");
    List<Probe> probes = new ArrayList<>();
    refused.forEach((kind, value) -> {
      probes.add(CREATE_BLOCK.probe(group, "network_id with " + kind)
          .json(CREATE_BLOCK.jsonWith("network_id", quoted(value))).expect(400));
      probes.add(UPDATE_BLOCK.probe(group, "dns2 with " + kind + ", answered in XML")
          .json(UPDATE_BLOCK.jsonWith("dns2", quoted(value))).header("Accept", "application/xml").answersXml()
          .expect(400));
    });
    for (String kind : List.of("a NUL character", "a CR LF pair", "a lone high surrogate")) {
      probes.add(CREATE_SUBNET.probe(group, "tenant_id with " + kind)
          .json(CREATE_SUBNET.jsonWith("tenant_id", quoted(refused.get(kind)))).expect(400));
    }
    for (String field : List.of("cidr", "gateway", "type", "policy_id")) {
      probes.add(CREATE_BLOCK.probe(group, field + " with a NUL character, answered in XML")
          .json(CREATE_BLOCK.jsonWith(field, quoted("10.0.0.1\u0000"))).header("Accept", "application/xml")
          .answersXml().expect(400));
    }
    probes.add(CREATE_BLOCK.probe(group, "cidr in fullwidth digits")
        .json(CREATE_BLOCK.jsonWith("cidr", quoted("\uff11\uff10.0.0.0/8"))).expect(400));
    accepted.forEach((kind, value) -> probes.add(CREATE_BLOCK.probe(group, "network_id with " + kind
        + ", answered in XML").json(CREATE_BLOCK.jsonWith("network_id", quoted(value + "-{n}")))
        .header("Accept", "application/xml").answersXml().expect(201).mayChange()));
    return probes.stream();
  }

  /** CIDRs and gateways that are not what they look like. */
  static Stream<Probe> invalidCidrs() {
    String group = "invalid CIDRs";
    List<String> invalid = List.of("10.0.0.0/33", "::/129", "1.2.3", "10.0.0.0/-1", "10.0.0.0/8/8",
        "fe80::1%eth0/64", "fe80::1/64%eth0", "010.0.0.0/8", "10.0.0.00/24", "::ffff:010.0.0.0/104",
        "10.0.0.0/", "/24", "10.0.0.0 /24", "10.0.0.0/+8", "10.0.0.0/24/",
        "10.0.0.0/255.255.255.0", "10.0.0.0-10.0.0.255", "10.0.0.*/24", "1.2.3.4.5/24", "0x0a000000/8",
        "10.0.0.0/2147483648", "10.0.0.0/4294967328", "10.0.0.0/99999999999999999999", "[::1]/128",
        "1::2::3/64", "10.0.0.0/24\n10.1.0.0/24", "");
    List<String> oddButValid = List.of("::ffff:10.0.0.0/104", "::ffff:10.0.0.1", "10.0.0.1/31", " 10.2.0.0/24 ",
        "0.0.0.0/0", "::/0", "10.0.0.0/08");
    List<Probe> probes = new ArrayList<>();
    for (String cidr : invalid) {
      probes.add(CREATE_BLOCK.probe(group, "cidr '" + printable(cidr) + "'")
          .json(CREATE_BLOCK.jsonWith("cidr", quoted(cidr))).expect(400));
    }
    for (String cidr : oddButValid) {
      probes.add(CREATE_BLOCK.probe(group, "odd but valid cidr '" + cidr + "'")
          .json(CREATE_BLOCK.jsonWith("cidr", quoted(cidr))).mayChange());
    }
    for (String cidr : List.of("10.0.0.0/33", "10.0.0.0/2147483648", "fe80::1%eth0/64", "::ffff:10.0.0.0/104",
        "0.0.0.0/0", "10.0.0.0/16")) {
      probes.add(CREATE_SUBNET.probe(group, "cidr '" + cidr + "'").json(CREATE_SUBNET.jsonWith("cidr", quoted(cidr)))
          .expect(400));
    }
    for (String gateway : List.of("10.0.0.256", "fe80::1%eth0", "10.0.0.1/32", "010.000.000.001", "::ffff:10.0.0.1",
        "0x0a000001", "localhost", "10.0.0.1/2147483648")) {
      probes.add(CREATE_BLOCK.probe(group, "gateway '" + gateway + "'")
          .json(CREATE_BLOCK.jsonWith("gateway", quoted(gateway))).expect(400));
    }
    for (String gateway : List.of("10.0.0.256", "fe80::1%eth0", "::ffff:10.0.0.1", "10.0.0.1/2147483648")) {
      probes.add(UPDATE_BLOCK.probe(group, "gateway '" + gateway + "'")
          .json(UPDATE_BLOCK.jsonWith("gateway", quoted(gateway))).expect(400));
    }
    return probes.stream();
  }

  /** XML that is broken, or that tries to make the parser read files, the network, or memory. */
  static Stream<Probe> invalidXml() {
    String group = "invalid XML";
    String canary = "http://127.0.0.1:{canary}";
    List<Probe> probes = new ArrayList<>();
    for (Writer writer : WRITERS) {
      String w = writer.wrapper();
      String valid = writer.validXmlFields();
      Map<String, String> refused = ordered(
          "an unclosed element", "<" + w + "><cidr>10.0.0.0/24</" + w + ">",
          "billion laughs", """
              <?xml version="1.0"?>
              <!DOCTYPE lolz [<!ENTITY lol "lol">
               <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
               <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
               <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
               <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
               <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
               <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
               <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
               <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
              <W><network_id>&lol9;</network_id>VALID</W>""".replace("W", w).replace("VALID", valid),
          "an external entity naming a file", """
              <?xml version="1.0"?><!DOCTYPE W [<!ENTITY e SYSTEM "file:///etc/passwd">]>
              <W><network_id>&e;</network_id>VALID</W>""".replace("W", w).replace("VALID", valid),
          "an external entity naming a URL", """
              <?xml version="1.0"?><!DOCTYPE W [<!ENTITY e SYSTEM "CANARY/entity">]>
              <W><network_id>&e;</network_id>VALID</W>""".replace("W", w).replace("VALID", valid)
              .replace("CANARY", canary),
          "an external DTD", """
              <?xml version="1.0"?><!DOCTYPE W SYSTEM "CANARY/dtd"><W>VALID</W>"""
              .replace("W", w).replace("VALID", valid).replace("CANARY", canary),
          "a text-only root", "<" + w + ">10.0.0.0/24</" + w + ">",
          "an XML 1.1 control character reference",
          "<?xml version=\"1.1\"?><" + w + "><network_id>&#1;</network_id>" + valid + "</" + w + ">");
      refused.forEach((name, body) -> probes.add(writer.probe(group, name).xmlBody(body).expect(400)));
      probes.add(writer.probe(group, "a raw NUL byte")
          .raw("application/xml", writer.xmlWith(valid + "<network_id>a\u0000b</network_id>")
              .getBytes(StandardCharsets.UTF_8))
          .expect(400));
    }
    String valid = CREATE_BLOCK.validXmlFields();
    Map<String, String> refused = ordered(
        "no XML at all", "ip_block",
        "an external parameter entity", """
            <?xml version="1.0"?><!DOCTYPE ip_block [<!ENTITY % p SYSTEM "CANARY/parameter"> %p;]><ip_block>VALID</ip_block>"""
            .replace("VALID", valid).replace("CANARY", canary),
        "an internal entity", """
            <!DOCTYPE ip_block [<!ENTITY e "net">]><ip_block><network_id>&e;</network_id>VALID</ip_block>"""
            .replace("VALID", valid),
        "a NUL character reference", "<ip_block><network_id>&#0;</network_id>" + valid + "</ip_block>",
        "an encoding it is not written in",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><ip_block>" + valid + "</ip_block>",
        "two root elements", "<ip_block>" + valid + "</ip_block><ip_block/>",
        "elements nested 9,000 deep", CREATE_BLOCK.xmlWith(valid + "<network_id>" + "<a>".repeat(9_000)
            + "</a>".repeat(9_000) + "</network_id>"),
        "a CDATA section where text belongs", CREATE_BLOCK.xmlWith(valid + "<network_id><![CDATA[net]]></network_id>"),
        "a comment inside a value", CREATE_BLOCK.xmlWith(valid + "<network_id>n<!-- x -->et</network_id>"),
        "an empty root", "<ip_block/>",
        "a namespaced root", "<m:ip_block xmlns:m=\"urn:x\">" + valid + "</m:ip_block>");
    refused.forEach((name, body) -> probes.add(CREATE_BLOCK.probe(group, name).xmlBody(body).expect(400)));
    probes.add(CREATE_BLOCK.probe(group, "an XInclude of a URL, which is not followed")
        .xmlBody(CREATE_BLOCK.xmlWith(valid + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""
            + canary + "/xinclude\"/>")).expect(201).mayChange());
    probes.add(CREATE_BLOCK.probe(group, "a stylesheet instruction naming a URL, which is not followed")
        .xmlBody("<?xml-stylesheet type=\"text/xsl\" href=\"" + canary + "/xsl\"?>" + CREATE_BLOCK.xmlWith(valid))
        .expect(201).mayChange());
    probes.add(CREATE_BLOCK.probe(group, "a schema location naming a URL, which is not followed")
        .xmlBody("<ip_block xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\""
            + canary + "/xsd\">" + valid + "</ip_block>").expect(201).mayChange());
    probes.add(UPDATE_BLOCK.probe(group, "an empty root, which means no fields").xmlBody("<ip_block/>")
        .expect(200).mayChange());
    return probes.stream();
  }

  /** Bodies in other media types than JSON and XML, or with none named. */
  static Stream<Probe> wrongContentType() {
    String group = "wrong Content-Type";
    List<Probe> probes = new ArrayList<>();
    for (Writer writer : WRITERS) {
      String json = writer.validJson();
      probes.add(writer.probe(group, "text/plain").body("text/plain", json).expect(415));
      probes.add(writer.probe(group, "a form with the fields as form fields")
          .body("application/x-www-form-urlencoded", writer.wrapper() + "[cidr]=10.1.0.0%2F24&"
              + writer.wrapper() + "[type]=private").expect(415));
      probes.add(writer.probe(group, "multipart with a boundary").body("multipart/form-data; boundary=XyZ",
          "--XyZ\r\nContent-Disposition: form-data; name=\"" + writer.wrapper() + "\"\r\n"
              + "Content-Type: application/json\r\n\r\n" + json + "\r\n--XyZ--\r\n").expect(415));
      probes.add(writer.probe(group, "a JSON body with no Content-Type, which is ignored")
          .body(null, json).expect(writer.isUpdate() ? 200 : 400).mayChange());
    }
    String json = CREATE_BLOCK.validJson();
    Map<String, String> unsupported = ordered(
        "multipart without a boundary", "multipart/form-data",
        "multipart with a broken body", "multipart/form-data; boundary=XyZ",
        "text/xml", "text/xml",
        "a JSON patch", "application/json-patch+json",
        "any type", "*/*",
        "garbage", ";;;",
        "an empty Content-Type", "",
        "a parameter with no type", "; charset=UTF-8");
    unsupported.forEach((name, type) -> probes.add(CREATE_BLOCK.probe(group, name).body(type, json).expect(415)));
    probes.add(CREATE_BLOCK.probe(group, "a JSON body labelled XML").body("application/xml", json).expect(400));
    probes.add(CREATE_BLOCK.probe(group, "an XML body labelled JSON")
        .body("application/json", CREATE_BLOCK.xmlWith(CREATE_BLOCK.validXmlFields())).expect(400));
    probes.add(CREATE_BLOCK.probe(group, "JSON labelled with a charset it is not in")
        .body("application/json; charset=UTF-16", json).expect(201).mayChange());
    probes.add(CREATE_BLOCK.probe(group, "JSON labelled in upper case").body("APPLICATION/JSON", json)
        .expect(201).mayChange());
    probes.add(CREATE_BLOCK.probe(group, "two Content-Types, the first unsupported").header("Content-Type", "text/plain")
        .json(json).expect(415));
    return probes.stream();
  }

  /** Accept headers a parser can trip on, and the format each must still get. */
  static Stream<Probe> weirdAccept() {
    String group = "weird Accept";
    String thousand = IntStream.range(0, 1000).mapToObj(i -> "a/b").collect(Collectors.joining(","));
    String thousandLong = IntStream.range(0, 1000).mapToObj(i -> "application/x-type-" + i)
        .collect(Collectors.joining(", "));
    List<Probe> probes = new ArrayList<>();
    // name, header, answered in XML?
    List<Object[]> accepts = List.of(
        new Object[] {"a quality that is not a number", "*/*;q=abc", false},
        new Object[] {"a quality above 1", "application/xml;q=2", true},
        new Object[] {"a negative quality", "application/xml;q=-1", false},
        new Object[] {"a quality of NaN", "application/xml;q=NaN", false},
        new Object[] {"a quality of infinity", "application/json;q=0.5, application/xml;q=1e999", true},
        new Object[] {"1000 media types then XML", thousand + ",application/xml", true},
        new Object[] {"only separators", ",,,;;;", false},
        new Object[] {"a type without a subtype", "application/", false},
        new Object[] {"an empty Accept", "", false},
        new Object[] {"parameters without values", "application/xml;level;q;=", true},
        new Object[] {"a vendor version that is not a number, on a versioned path",
            "application/vnd.openstack.melange+xml;version=abc", true});
    for (Object[] accept : accepts) {
      String name = (String) accept[0];
      String header = (String) accept[1];
      boolean xml = (Boolean) accept[2];
      List<Probe> three = new ArrayList<>();
      if (Set.of("only separators", "a quality above 1", "1000 media types then XML").contains(name)) {
        three.add(probe(group, name + " on the versions", "GET", "/").expect(200));
      }
      three.add(probe(group, name + " on the block list", "GET", BLOCKS).expect(200));
      three.add(CREATE_BLOCK.probe(group, name + " on a refused create").json("{}").expect(400));
      for (Probe probe : three) {
        probes.add((xml ? probe.answersXml() : probe.answersJson()).header("Accept", header));
      }
    }
    probes.add(probe(group, "1000 long media types, past the header size limit", "GET", BLOCKS)
        .header("Accept", thousandLong).answeredByTheServer(HEADERS_TOO_LARGE));
    probes.add(probe(group, "a non-ASCII media type", "GET", BLOCKS)
        .rawHeader("Accept", "application/xml\u00e9".getBytes(StandardCharsets.ISO_8859_1)).expect(200));
    probes.add(probe(group, "a suffix beats any Accept", "GET", BLOCKS + ".json").header("Accept", ",,,;;;")
        .expect(200));
    String unversioned = "/ipam/tenants/{t}/ip_blocks";
    for (String version : List.of("abc", "", "9.9", "1.0.0", "01.0")) {
      probes.add(probe(group, "an unversioned path with vendor version '" + version + "'", "GET", unversioned)
          .header("Accept", "application/vnd.openstack.melange+xml;version=" + version).answersXml().expect(406));
    }
    probes.add(probe(group, "the versions with an unknown vendor version", "GET", "/")
        .header("Accept", "application/vnd.openstack.melange+json;version=abc").expect(406));
    probes.add(probe(group, "an unversioned delete with an unknown vendor version", "DELETE",
        "/ipam/tenants/{t}/ip_blocks/{b}").header("Accept", "application/vnd.openstack.melange+json;version=abc")
        .expect(406));
    probes.add(probe(group, "an unversioned path with vendor version 1.0 is served", "GET", unversioned)
        .header("Accept", "application/vnd.openstack.melange+json;version=1.0").expect(200));
    return probes.stream();
  }

  /** Paths with NULs, encoded slashes, dot segments, huge or unicode ids, double suffixes. */
  static Stream<Probe> weirdPaths() {
    String group = "weird paths";
    List<Probe> probes = new ArrayList<>();
    Map<String, String> ids = ordered(
        "a NUL", "%00",
        "an encoded slash", "a%2Fb",
        "a dot-dot segment", "..",
        "an encoded dot-dot", "%2e%2e",
        "a 3,000-character id", "a".repeat(3_000),
        "an encoded unicode id", "%C3%BC%F0%9F%99%82",
        "a raw unicode id", "\u00fc\u20ac",
        "an invalid percent escape", "%zz",
        "a lone percent sign", "%",
        "a percent-encoded invalid UTF-8 sequence", "%C3%28",
        "a raw space", "a b",
        "a backslash", "a\\b",
        "a matrix parameter", "x;jsessionid=1",
        "a double suffix .json.xml", "{b}.json.xml",
        "an upper-case suffix", "{b}.JSON",
        "a trailing slash", "{b}/",
        "an encoded trailing slash", "{b}%2F",
        "a NUL after the id", "{b}%00",
        "a dot-dot after the id", "{b}/..",
        "a dot-dot over the tenant", "{b}/../../../{t}/ip_blocks/{b}");
    Set<String> deleted = Set.of("a trailing slash", "an encoded trailing slash", "a double suffix .json.xml",
        "a NUL after the id", "a dot-dot after the id", "a dot-dot over the tenant", "an encoded slash",
        "an invalid percent escape");
    Set<String> updated = Set.of("a trailing slash", "a double suffix .json.xml", "a dot-dot over the tenant");
    Set<String> noUri = Set.of("a raw unicode id", "an invalid percent escape", "a lone percent sign", "a raw space",
        "a backslash");
    ids.forEach((name, id) -> {
      List<Probe> some = new ArrayList<>();
      some.add(probe(group, "GET a block by " + name, "GET", BLOCKS + "/" + id).expect(400, 404));
      if (deleted.contains(name)) {
        some.add(probe(group, "DELETE a block by " + name, "DELETE", BLOCKS + "/" + id).expect(400, 404));
      }
      if (updated.contains(name)) {
        some.add(probe(group, "PUT a block by " + name, "PUT", BLOCKS + "/" + id)
            .json(UPDATE_BLOCK.validJson()).expect(400, 404));
      }
      some.forEach(probe -> probes.add(noUri.contains(name) ? probe.answeredByTheServer(NO_URI) : probe));
    });
    probes.add(probe(group, "GET subnets of a block by a double suffix", "GET", BLOCK + "/subnets.json.xml")
        .answersXml().expect(404));
    probes.add(probe(group, "POST subnets of a 3,000-character block id", "POST", BLOCKS + "/" + "a".repeat(3_000)
        + "/subnets").json(CREATE_SUBNET.validJson()).expect(404));
    probes.add(probe(group, "DELETE a block by a 5,000-character id, past the request line limit", "DELETE",
        BLOCKS + "/" + "a".repeat(5_000)).answeredByTheServer(LINE_TOO_LONG));
    Map<String, String> tenants = ordered(
        "a NUL", "%00",
        "a control character", "a%01b",
        "an encoded slash", "{t}%2Fip_blocks%2F{b}",
        "an empty tenant", "",
        "a 300-character tenant", "t".repeat(300),
        "an encoded unicode tenant", "t%C3%BC-{n}",
        "an invalid percent escape", "%zz",
        "dot-dot", "..");
    tenants.forEach((name, tenant) -> {
      String blocks = "/v0.1/ipam/tenants/" + tenant + "/ip_blocks";
      List<Probe> some = List.of(
          probe(group, "list blocks of " + name + " in XML as the operator", "GET", blocks + ".xml")
              .token("{operator}").expect(200, 400, 404),
          probe(group, "create a block for " + name + " in XML as the operator", "POST", blocks + ".xml")
              .token("{operator}").json(CREATE_BLOCK.validJson()).expect(201, 400, 404).mayChange(),
          probe(group, "create a block for " + name + " as the tenant", "POST", blocks)
              .json(CREATE_BLOCK.validJson()).expect(400, 403, 404));
      some.forEach(probe -> probes.add(tenant.contains("%zz") ? probe.answeredByTheServer(NO_URI) : probe));
    });
    Map<String, String> others = ordered(
        "the bare version", "/v0.1",
        "the version with a slash", "/v0.1/",
        "a double slash", "/v0.1//ipam/tenants/{t}/ip_blocks",
        "an unknown version", "/v9.9/ipam/tenants/{t}/ip_blocks",
        "the version with a suffix", "/v0.1.json",
        "the root with a suffix", "/.xml",
        "an extension alias with a NUL", "/v0.1/extensions/%00",
        "an extension alias with a NUL, in XML", "/v0.1/extensions/%00.xml",
        "an extension alias with a control character, in XML", "/v0.1/extensions/a%1Bb.xml",
        "an extension alias with U+FFFE, in XML", "/v0.1/extensions/%EF%BF%BE.xml",
        "a 3,000-character extension alias", "/v0.1/extensions/" + "x".repeat(3_000),
        "an extension alias with an invalid escape, in XML", "/v0.1/extensions/%zz.xml",
        "extensions with a double suffix", "/v0.1/extensions.json.xml",
        "an absolute URI as the target", "http://evil.example/v0.1/extensions");
    others.forEach((name, path) -> {
      Probe probe = probe(group, "GET " + name, "GET", path).expect(200, 400, 404);
      probes.add(path.contains("%zz") ? probe.answeredByTheServer(NO_URI) : probe);
    });
    probes.add(probe(group, "GET a target without a leading slash", "GET", "v0.1/extensions")
        .answeredByTheServer("a target that is no absolute path names no facade"));
    probes.add(probe(group, "OPTIONS an asterisk target", "OPTIONS", "*")
        .answeredByTheServer("the asterisk target names the server, not a facade"));
    return probes.stream();
  }

  /** Query strings with bad limits and markers, repeated and bracketed parameters. */
  static Stream<Probe> weirdQueries() {
    String group = "weird query strings";
    List<Probe> probes = new ArrayList<>();
    Map<String, Integer> queries = new LinkedHashMap<>();
    queries.put("limit=-1", 400);
    queries.put("limit=abc", 400);
    queries.put("limit=0", 400);
    queries.put("limit=1.5", 400);
    queries.put("limit=0x10", 400);
    queries.put("limit=%00", 400);
    queries.put("limit=abc&limit=1", 400);
    queries.put("limit=99999999999999999999", 200);
    queries.put("limit=2147483648", 200);
    queries.put("limit=", 200);
    queries.put("limit=%20", 200);
    queries.put("limit=1&limit=abc", 200);
    queries.put("limit=1&marker=", 200);
    queries.put("marker=" + "m".repeat(3_000), 200);
    queries.put("limit=1&marker=" + "0".repeat(300), 200);
    queries.put("marker=%00", 400);
    queries.put("marker=%F0%9F%99%82".repeat(200), 200);
    queries.put("type=public&type=bogus", 200);
    queries.put("type[]=x", 200);
    queries.put("type=", 200);
    queries.put("=&&&=", 200);
    queries.put("limit=1&" + "p".repeat(3_000) + "=1", 200);
    queries.forEach((query, status) -> probes.add(probe(group, "list with ?" + abbreviated(query), "GET",
        BLOCKS + "?" + query).expect(status)));
    for (String query : List.of("limit=1", "limit=1&marker=", "limit=1&q=%00%1B%3C%22", "limit=1&amp;x=1")) {
      probes.add(probe(group, "list in XML with ?" + query, "GET", BLOCKS + ".xml?" + query).expect(200));
    }
    for (String query : List.of("marker=%zz", "%zz=1&limit=1", "limit=1&a=%E0%A4%A", "limit=1&x=<script>\"&y")) {
      probes.add(probe(group, "list with ?" + query, "GET", BLOCKS + "?" + query).answeredByTheServer(NO_URI));
    }
    probes.add(probe(group, "list with a 10,000-character marker", "GET", BLOCKS + "?marker=" + "m".repeat(10_000))
        .answeredByTheServer(LINE_TOO_LONG));
    for (String route : List.of("/", "/v0.1/extensions", BLOCK, SUBNETS)) {
      probes.add(probe(group, "GET " + route + " ignores ?limit=-1&marker=x", "GET", route + "?limit=-1&marker=x")
          .expect(200));
    }
    probes.add(probe(group, "a DELETE with ?_method=GET still deletes nothing else", "DELETE",
        BLOCKS + "/nonexistent?_method=GET").expect(404));
    return probes.stream();
  }

  /** Verbs no route has: PATCH, OPTIONS, HEAD, TRACE, made-up ones; and known verbs on the wrong route. */
  static Stream<Probe> unknownMethods() {
    String group = "unknown methods";
    List<Probe> probes = new ArrayList<>();
    List<String> routes = List.of("/", "/v0.1/extensions", "/v0.1/extensions/x", BLOCKS, BLOCK, SUBNETS + ".xml");
    for (String route : routes) {
      List<String> methods = route.startsWith(BLOCKS) || route.equals("/")
          ? List.of("PATCH", "OPTIONS", "TRACE", "PROPFIND") : List.of("PATCH", "OPTIONS");
      for (String method : methods) {
        Probe probe = probe(group, method + " " + route, method, route);
        if (method.equals("PATCH")) {
          probe.json(UPDATE_BLOCK.validJson());
        }
        probes.add(probe.expect(404));
      }
      probes.add(probe(group, "HEAD " + route, "HEAD", route).expect(route.endsWith("/x") ? 404 : 200));
    }
    probes.add(probe(group, "a lower-case get, which the server reads as GET", "get", BLOCK).expect(200));
    probes.add(probe(group, "a lower-case delete, read as DELETE of an unknown block", "delete", BLOCKS + "/nope")
        .expect(404));
    Map<String, String> wrongVerbs = ordered(
        "PUT the block list", "PUT " + BLOCKS,
        "DELETE the block list", "DELETE " + BLOCKS,
        "POST to a block", "POST " + BLOCK,
        "PUT the subnet list", "PUT " + SUBNETS,
        "DELETE the subnet list", "DELETE " + SUBNETS,
        "POST to the versions", "POST /",
        "DELETE the versions", "DELETE /",
        "POST to the extensions", "POST /v0.1/extensions",
        "DELETE an extension", "DELETE /v0.1/extensions/x",
        "PUT a subnet by its parent's subnet route", "PUT " + SUBNETS + "/{s}",
        "DELETE a subnet by its parent's subnet route", "DELETE " + SUBNETS + "/{s}",
        "POST to a block with ?_method=DELETE", "POST " + BLOCK + "?_method=DELETE",
        "DELETE a block on an unknown version", "DELETE /v9.9/ipam/tenants/{t}/ip_blocks/{b}");
    wrongVerbs.forEach((name, request) -> {
      String[] parts = request.split(" ", 2);
      probes.add(probe(group, name, parts[0], parts[1]).json(UPDATE_BLOCK.validJson()).expect(404));
    });
    probes.add(probe(group, "POST to a block with X-HTTP-Method-Override: DELETE", "POST", BLOCK)
        .header("X-HTTP-Method-Override", "DELETE").json("{}").expect(404));
    probes.add(probe(group, "GET a block with X-HTTP-Method-Override: DELETE", "GET", BLOCK)
        .header("X-HTTP-Method-Override", "DELETE").expect(200));
    return probes.stream();
  }

  /** Missing, blank, overlong, unknown and other tenants' tokens, on every route. */
  static Stream<Probe> badTokens() {
    String group = "bad tokens";
    List<Probe> probes = new ArrayList<>();
    String[][] operations = {
        {"list blocks", "GET", BLOCKS, null},
        {"create a block", "POST", BLOCKS, CREATE_BLOCK.validJson()},
        {"show a block in XML", "GET", BLOCK + ".xml", null},
        {"update a block", "PUT", BLOCK, UPDATE_BLOCK.validJson()},
        {"delete a block", "DELETE", BLOCK, null},
        {"list subnets", "GET", SUBNETS, null},
        {"create a subnet", "POST", SUBNETS, CREATE_SUBNET.validJson()},
        {"delete a block on v1.0", "DELETE", "/v1.0/ipam/tenants/{t}/ip_blocks/{b}", null},
        {"list extensions", "GET", "/v0.1/extensions", null}};
    for (String[] operation : operations) {
      boolean tenantRoute = operation[2].contains("/tenants/");
      boolean everyKind = operation[0].equals("create a block") || operation[0].equals("delete a block");
      Map<String, Integer> kinds = new LinkedHashMap<>();
      kinds.put("no token", 401);
      kinds.put("an unknown token", 401);
      kinds.put("another tenant's token", tenantRoute ? 403 : 200);
      if (everyKind) {
        kinds.put("a blank token", 401);
        kinds.put("a token of spaces", 401);
        kinds.put("a 7,000-character token", 401);
        kinds.put("a 10,000-character token", null);
        kinds.put("a token with non-ASCII bytes", 401);
        kinds.put("the operator's token in upper case", 401);
        kinds.put("another tenant's token before the tenant's own", 403);
      }
      kinds.forEach((kind, status) -> {
        Probe probe = probe(group, operation[0] + " with " + kind, operation[1], operation[2]);
        if (operation[3] != null) {
          probe.json(operation[3]);
        }
        switch (kind) {
          case "no token" -> probe.token(null);
          case "a blank token" -> probe.token("");
          case "a token of spaces" -> probe.token("   ");
          case "an unknown token" -> probe.token("stolen");
          case "a 7,000-character token" -> probe.token("t".repeat(7_000));
          case "a 10,000-character token" -> probe.token("t".repeat(10_000))
              .answeredByTheServer(HEADERS_TOO_LARGE);
          case "a token with non-ASCII bytes" -> probe.token(null)
              .rawHeader("X-Auth-Token", "t\u00e9\u00ff".getBytes(StandardCharsets.ISO_8859_1));
          case "the operator's token in upper case" -> probe.token("OPERATOR-TOKEN");
          case "another tenant's token" -> probe.token("{other-token}");
          case "another tenant's token before the tenant's own" -> probe.token("{other-token}")
              .header("X-Auth-Token", "{token}");
          default -> throw new IllegalStateException(kind);
        }
        probes.add(status == null ? probe : probe.expect(status));
      });
    }
    probes.add(probe(group, "the versions with an unknown token", "GET", "/").token("stolen").expect(200));
    return probes.stream();
  }

  /** Host headers the links in answers are built from. */
  static Stream<Probe> weirdHosts() {
    String group = "weird Host headers";
    List<Probe> probes = new ArrayList<>();
    Map<String, String> hosts = ordered(
        "an empty Host", "",
        "a Host with a space", "a b",
        "an unclosed IPv6 Host", "[::1",
        "a Host with a port out of range", "example.org:99999",
        "a 1,000-character Host", "h".repeat(1_000),
        "a Host with markup", "<x>\"&",
        "a Host with a path", "example.org/evil?x=1#y");
    hosts.forEach((name, host) -> {
      probes.add(probe(group, "versions in XML with " + name, "GET", "/.xml").header("Host", host).expect(200, 400));
      probes.add(probe(group, "a paged list with " + name, "GET", BLOCKS + "?limit=1").header("Host", host)
          .expect(200, 400));
    });
    return probes.stream();
  }

  static final String ADDRESSES = BLOCKS + "/{s}/ip_addresses";
  static final String RANGES = "/v0.1/ipam/mac_address_ranges";

  /**
   * The address and MAC range routes: bodies, values, paths, queries and tokens they must refuse
   * with a Fault (addresses come from the subnet {@code {s}}; its parent {@code {b}} has a subnet).
   */
  static Stream<Probe> addressRoutes() {
    String group = "address and MAC range routes";
    List<Probe> probes = new ArrayList<>();
    Map<String, String> refusedBodies = ordered(
        "a truncated object", "{\"ip_address\": {\"address\": ",
        "an array", "[]",
        "the wrapper as an array", "{\"ip_address\": []}",
        "the wrapper as a string", "{\"ip_address\": \"10.0.0.5\"}",
        "address as a number", "{\"ip_address\": {\"address\": 3}}",
        "address as an object", "{\"ip_address\": {\"address\": {\"v\": \"10.0.0.5\"}}}",
        "address as nested arrays", "{\"ip_address\": {\"address\": [[[\"10.0.0.5\"]]]}}",
        "address of 10,000 characters", "{\"ip_address\": {\"address\": \"" + "1".repeat(10_000) + "\"}}",
        "address with a NUL", "{\"ip_address\": {\"address\": \"10.0.0.5\\u0000\"}}",
        "address with a byte too big", "{\"ip_address\": {\"address\": \"10.0.0.256\"}}",
        "address with a zone", "{\"ip_address\": {\"address\": \"fe80::1%eth0\"}}",
        "address with a prefix length", "{\"ip_address\": {\"address\": \"10.0.0.5/32\"}}",
        "address with leading zeros", "{\"ip_address\": {\"address\": \"010.000.000.005\"}}",
        "address in hex", "{\"ip_address\": {\"address\": \"0x0a000005\"}}",
        "interface_id as an array", "{\"ip_address\": {\"interface_id\": [\"vif\"]}}",
        "interface_id of 10,000 characters", "{\"ip_address\": {\"interface_id\": \"" + "v".repeat(10_000) + "\"}}",
        "interface_id with a CR LF", "{\"ip_address\": {\"interface_id\": \"a\\r\\nX-Injected: yes\"}}",
        "tenant_id as an object", "{\"ip_address\": {\"tenant_id\": {\"id\": \"t\"}}}",
        "tenant_id with a lone surrogate", "{\"ip_address\": {\"tenant_id\": \"t\\ud800\"}}",
        "tenant_id of 10,000 characters", "{\"ip_address\": {\"tenant_id\": \"" + "t".repeat(10_000) + "\"}}",
        "used_by_device of 10,000 characters", "{\"ip_address\": {\"used_by_device\": \"" + "d".repeat(10_000) + "\"}}",
        "used_by_device with a DEL", "{\"ip_address\": {\"used_by_device\": \"vm\\u007f\"}}",
        "mac_address that is no MAC", "{\"ip_address\": {\"mac_address\": \"zz:zz:zz:zz:zz:zz\"}}",
        "mac_address as a number", "{\"ip_address\": {\"mac_address\": 42}}",
        "mac_address of seven groups", "{\"ip_address\": {\"mac_address\": \"00:11:22:33:44:55:66\"}}");
    refusedBodies.forEach((name, body) ->
        probes.add(probe(group, "allocate with " + name, "POST", ADDRESSES).json(body).expect(400)));
    probes.add(probe(group, "allocate with an XML body holding an entity", "POST", ADDRESSES)
        .xmlBody("<!DOCTYPE x [<!ENTITY e \"10.0.0.5\">]><ip_address><address>&e;</address></ip_address>").expect(400));
    probes.add(probe(group, "allocate with a text body", "POST", ADDRESSES).body("text/plain", "10.0.0.5").expect(415));
    probes.add(probe(group, "allocate an address outside the block", "POST", ADDRESSES)
        .json("{\"ip_address\": {\"address\": \"10.1.0.5\"}}").expect(422));
    probes.add(probe(group, "allocate an IPv4-mapped IPv6 address from an IPv4 block", "POST", ADDRESSES)
        .json("{\"ip_address\": {\"address\": \"::ffff:10.0.0.5\"}}").expect(422));
    probes.add(probe(group, "allocate from a block that has a subnet, in XML", "POST", BLOCK + "/ip_addresses.xml")
        .json("{\"ip_address\": {}}").expect(422));
    probes.add(probe(group, "allocate from an unknown block", "POST", BLOCKS + "/nope/ip_addresses")
        .json("{\"ip_address\": {}}").expect(404));
    probes.add(probe(group, "allocate without a token", "POST", ADDRESSES).token(null)
        .json("{\"ip_address\": {}}").expect(401));
    probes.add(probe(group, "allocate with another tenant's token", "POST", ADDRESSES).token("{other-token}")
        .json("{\"ip_address\": {}}").expect(403));
    probes.add(probe(group, "allocate with a unicode interface id, answered in XML", "POST", ADDRESSES + ".xml")
        .json("{\"ip_address\": {\"interface_id\": \"v\u00efF-\ud83d\ude42-{n}\"}}").expect(201).mayChange());
    probes.add(probe(group, "allocate from an XML body", "POST", ADDRESSES)
        .xmlBody("<ip_address><used_by_device>vm</used_by_device></ip_address>").expect(201).mayChange());
    Map<String, String> addresses = ordered(
        "a NUL", "%00",
        "an encoded slash", "10.0.0.1%2F32",
        "a 3,000-character address", "1".repeat(3_000),
        "a double suffix", "10.0.0.1.json.xml",
        "an address outside the block", "10.9.9.9",
        "a zone", "fe80::1%25eth0",
        "an encoded unicode address", "%C3%BC",
        "no address at all but a dot", ".");
    addresses.forEach((name, address) -> {
      probes.add(probe(group, "GET an address by " + name, "GET", ADDRESSES + "/" + address).expect(400, 404));
      probes.add(probe(group, "DELETE an address by " + name, "DELETE", ADDRESSES + "/" + address).expect(400, 404));
      probes.add(probe(group, "restore an address by " + name, "PUT", ADDRESSES + "/" + address + "/restore")
          .json("{}").expect(400, 404));
    });
    Map<String, String> wrongVerbs = ordered(
        "PUT the address list", "PUT " + ADDRESSES,
        "DELETE the address list", "DELETE " + ADDRESSES,
        "POST to an address", "POST " + ADDRESSES + "/10.0.0.1",
        "PUT an address", "PUT " + ADDRESSES + "/10.0.0.1",
        "GET a restore", "GET " + ADDRESSES + "/10.0.0.1/restore",
        "POST a restore", "POST " + ADDRESSES + "/10.0.0.1/restore",
        "PATCH an address", "PATCH " + ADDRESSES + "/10.0.0.1",
        "POST to the allocated addresses", "POST /v0.1/ipam/allocated_ip_addresses",
        "PUT a MAC range", "PUT " + RANGES + "/x",
        "POST to a MAC range", "POST " + RANGES + "/x");
    wrongVerbs.forEach((name, request) -> {
      String[] parts = request.split(" ", 2);
      probes.add(probe(group, name, parts[0], parts[1]).token("{operator}").json("{}").expect(404));
    });
    Map<String, Integer> queries = new LinkedHashMap<>();
    queries.put(ADDRESSES + "?limit=abc", 400);
    queries.put(ADDRESSES + "?limit=-1", 400);
    queries.put(ADDRESSES + "?marker=%00", 400);
    queries.put(ADDRESSES + ".xml?limit=1&marker=" + "m".repeat(300), 200);
    queries.put("/v0.1/ipam/tenants/{t}/allocated_ip_addresses?limit=0", 400);
    queries.put("/v0.1/ipam/tenants/{t}/allocated_ip_addresses?address=%00", 200);
    queries.put("/v0.1/ipam/tenants/{t}/allocated_ip_addresses?address=10.0.0.1%2F32", 200);
    queries.put("/v0.1/ipam/tenants/{t}/allocated_ip_addresses?used_by_device=%00%1B", 200);
    queries.put("/v0.1/ipam/tenants/{t}/allocated_ip_addresses?used_by_device=" + "d".repeat(3_000), 200);
    queries.put("/v0.1/ipam/tenants/{t}/allocated_ip_addresses.xml?address=" + "a".repeat(300), 200);
    queries.forEach((target, status) ->
        probes.add(probe(group, "GET " + abbreviated(target.replace(BLOCKS, "…")), "GET", target).expect(status)));
    probes.add(probe(group, "all allocated addresses with a tenant's token", "GET", "/v0.1/ipam/allocated_ip_addresses")
        .expect(403));
    probes.add(probe(group, "all allocated addresses without a token", "GET", "/v0.1/ipam/allocated_ip_addresses")
        .token(null).expect(401));
    probes.add(probe(group, "another tenant's allocated addresses", "GET",
        "/v0.1/ipam/tenants/{t}/allocated_ip_addresses").token("{other-token}").expect(403));
    probes.add(probe(group, "all allocated addresses with ?limit=abc", "GET",
        "/v0.1/ipam/allocated_ip_addresses?limit=abc").token("{operator}").expect(400));
    Map<String, String> ranges = ordered(
        "a cidr that is no MAC range", "{\"mac_address_range\": {\"cidr\": \"garbage\"}}",
        "a prefix length of 49", "{\"mac_address_range\": {\"cidr\": \"02:00:00:00:00:00/49\"}}",
        "a prefix length of 2147483648", "{\"mac_address_range\": {\"cidr\": \"02:00:00:00:00:00/2147483648\"}}",
        "a negative prefix length", "{\"mac_address_range\": {\"cidr\": \"02:00:00:00:00:00/-8\"}}",
        "a cidr as an object", "{\"mac_address_range\": {\"cidr\": {\"a\": 1}}}",
        "a cidr of 10,000 characters", "{\"mac_address_range\": {\"cidr\": \"" + "0".repeat(10_000) + "/40\"}}",
        "a cidr with a NUL", "{\"mac_address_range\": {\"cidr\": \"02:00:00:00:00:00/40\\u0000\"}}",
        "no cidr", "{\"mac_address_range\": {}}",
        "the wrapper as an array", "{\"mac_address_range\": []}");
    ranges.forEach((name, body) -> probes.add(probe(group, "create a MAC range with " + name, "POST", RANGES)
        .token("{operator}").json(body).expect(400)));
    probes.add(probe(group, "create a MAC range with a tenant's token", "POST", RANGES)
        .json("{\"mac_address_range\": {\"cidr\": \"02:00:00:00:00:00/40\"}}").expect(403));
    probes.add(probe(group, "create a MAC range with a text body", "POST", RANGES).token("{operator}")
        .body("text/plain", "02:00:00:00:00:00/40").expect(415));
    for (String id : List.of("%00", "a%2Fb", "x".repeat(3_000), "nope.json.xml")) {
      probes.add(probe(group, "GET a MAC range by " + abbreviated(id), "GET", RANGES + "/" + id).token("{operator}")
          .expect(404));
      probes.add(probe(group, "DELETE a MAC range by " + abbreviated(id), "DELETE", RANGES + "/" + id)
          .token("{operator}").expect(404));
    }
    probes.add(probe(group, "list MAC ranges with a tenant's token, in XML", "GET", RANGES + ".xml").expect(403));
    return probes.stream();
  }

  static final String INTERFACES = "/v0.1/ipam/interfaces";
  static final String NETWORK = "/v0.1/ipam/tenants/{t}/networks/net-{n}";
  static final String INSTANCE = "/v0.1/ipam/instances/dev-{n}/interfaces";

  /**
   * The interface, network, instance and allowed-IP routes: bodies, values and paths they must
   * refuse with a Fault and without leaving an interface or an address behind.
   */
  static Stream<Probe> interfaceRoutes() {
    String group = "interface, network and instance routes";
    List<Probe> probes = new ArrayList<>();
    Map<String, String> interfaces = ordered(
        "no tenant", "{\"interface\": {\"id\": \"vif-{n}\"}}",
        "the tenant as an object", "{\"interface\": {\"id\": \"vif-{n}\", \"tenant_id\": {\"a\": 1}}}",
        "an id of 10,000 characters", "{\"interface\": {\"id\": \"" + "v".repeat(10_000) + "\", \"tenant_id\": \"t\"}}",
        "an id with a NUL", "{\"interface\": {\"id\": \"v\\u0000{n}\", \"tenant_id\": \"t\"}}",
        "a MAC that is no MAC", "{\"interface\": {\"id\": \"vif-{n}\", \"tenant_id\": \"t\", \"mac_address\": \"null\"}}",
        "a device of 10,000 characters", "{\"interface\": {\"id\": \"vif-{n}\", \"tenant_id\": \"t\", \"device_id\": \""
            + "d".repeat(10_000) + "\"}}",
        "a network as a string", "{\"interface\": {\"id\": \"vif-{n}\", \"tenant_id\": \"t\", \"network\": \"net\"}}",
        "a network without its tenant", "{\"interface\": {\"id\": \"vif-{n}\", \"tenant_id\": \"t\", \"network\": "
            + "{\"id\": \"net\"}}}",
        "a network with addresses as a string", "{\"interface\": {\"id\": \"vif-{n}\", \"tenant_id\": \"t\", "
            + "\"network\": {\"id\": \"net\", \"tenant_id\": \"{t}\", \"addresses\": \"10.0.0.1\"}}}",
        "a network with an address that is no address", "{\"interface\": {\"id\": \"vif-{n}\", \"tenant_id\": \"t\", "
            + "\"network\": {\"id\": \"net\", \"tenant_id\": \"{t}\", \"addresses\": [\"10.0.0.256\"]}}}",
        "a network with 1,000 addresses", "{\"interface\": {\"id\": \"vif-{n}\", \"tenant_id\": \"t\", "
            + "\"network\": {\"id\": \"net\", \"tenant_id\": \"{t}\", \"addresses\": ["
            + String.join(",", java.util.Collections.nCopies(1_000, "\"10.0.0.1\"")) + "]}}}",
        "the wrapper as an array", "{\"interface\": []}");
    interfaces.forEach((name, body) -> probes.add(probe(group, "create an interface with " + name, "POST", INTERFACES)
        .token("{operator}").json(body).expect(400)));
    probes.add(probe(group, "create an interface on an unknown network", "POST", INTERFACES).token("{operator}")
        .json("{\"interface\": {\"id\": \"vif-{n}\", \"tenant_id\": \"t\", \"network\": {\"id\": \"none-{n}\", "
            + "\"tenant_id\": \"{t}\"}}}").expect(404));
    probes.add(probe(group, "create an interface with a tenant's token", "POST", INTERFACES)
        .json("{\"interface\": {\"id\": \"vif-{n}\", \"tenant_id\": \"{t}\"}}").expect(403));
    probes.add(probe(group, "create an interface from XML with an entity", "POST", INTERFACES).token("{operator}")
        .xmlBody("<!DOCTYPE x [<!ENTITY e \"t\">]><interface><tenant_id>&e;</tenant_id></interface>").expect(400));
    for (String id : List.of("%00", "a%2Fb", "x".repeat(3_000), "nope-{n}")) {
      probes.add(probe(group, "DELETE an interface by " + abbreviated(id), "DELETE", INTERFACES + "/" + id)
          .token("{operator}").expect(404));
      probes.add(probe(group, "GET a tenant's interface by " + abbreviated(id), "GET",
          "/v0.1/ipam/tenants/{t}/interfaces/" + id).expect(404));
    }
    Map<String, String> allocations = ordered(
        "addresses as a number", "{\"network\": {\"addresses\": 7}}",
        "addresses holding an object", "{\"network\": {\"addresses\": [{\"a\": 1}]}}",
        "an address with a zone", "{\"network\": {\"addresses\": [\"fe80::1%eth0\"]}}",
        "a lessee with a CR LF", "{\"network\": {\"tenant_id\": \"a\\r\\nb\"}}",
        "a MAC of seven groups", "{\"network\": {\"mac_address\": \"00:11:22:33:44:55:66\"}}",
        "a device of 10,000 characters", "{\"network\": {\"used_by_device\": \"" + "d".repeat(10_000) + "\"}}",
        "the wrapper as a string", "{\"network\": \"net\"}");
    allocations.forEach((name, body) -> probes.add(probe(group, "allocate in a network with " + name, "POST",
        NETWORK + "/interfaces/vif-{n}/ip_allocations").json(body).expect(400)));
    probes.add(probe(group, "allocate in an unknown network", "POST", NETWORK + "/interfaces/vif-{n}/ip_allocations")
        .expect(404));
    probes.add(probe(group, "allocate in a network with another tenant's token", "POST",
        NETWORK + "/interfaces/vif-{n}/ip_allocations").token("{other-token}").expect(403));
    probes.add(probe(group, "list the allocations of an unknown network in XML", "GET",
        NETWORK + "/interfaces/vif-{n}/ip_allocations.xml").expect(404));
    probes.add(probe(group, "deallocate in an unknown network", "DELETE",
        NETWORK + "/interfaces/vif-{n}/ip_allocations").expect(404));
    probes.add(probe(group, "GET an unknown network", "GET", NETWORK).expect(404));
    probes.add(probe(group, "POST to a network", "POST", NETWORK).json("{}").expect(404));
    probes.add(probe(group, "DELETE a network", "DELETE", NETWORK).expect(404));
    Map<String, String> instances = ordered(
        "no tenant", "{\"instance\": {\"interfaces\": []}}",
        "no interfaces", "{\"instance\": {\"tenant_id\": \"t\"}}",
        "interfaces as an object", "{\"instance\": {\"tenant_id\": \"t\", \"interfaces\": {\"a\": 1}}}",
        "an interface as a string", "{\"instance\": {\"tenant_id\": \"t\", \"interfaces\": [\"vif\"]}}",
        "an interface with a network without its id", "{\"instance\": {\"tenant_id\": \"t\", \"interfaces\": "
            + "[{\"network\": {\"tenant_id\": \"{t}\"}}]}}",
        "65 interfaces", "{\"instance\": {\"tenant_id\": \"t\", \"interfaces\": ["
            + String.join(",", java.util.Collections.nCopies(65, "{}")) + "]}}");
    instances.forEach((name, body) -> probes.add(probe(group, "replace a device's interfaces with " + name, "PUT",
        INSTANCE).token("{operator}").json(body).expect(400)));
    probes.add(probe(group, "replace a device's interfaces on an unknown network", "PUT", INSTANCE)
        .token("{operator}").json("{\"instance\": {\"tenant_id\": \"t\", \"interfaces\": [{\"network\": "
            + "{\"id\": \"none-{n}\", \"tenant_id\": \"{t}\"}}]}}").expect(404));
    probes.add(probe(group, "create a device's interface without a tenant", "POST", INSTANCE).token("{operator}")
        .json("{\"interface\": {}}").expect(400));
    probes.add(probe(group, "replace a device's interfaces with a tenant's token", "PUT", INSTANCE)
        .json("{\"instance\": {\"tenant_id\": \"{t}\", \"interfaces\": []}}").expect(403));
    probes.add(probe(group, "a device id with a control character", "POST", "/v0.1/ipam/instances/a%01b/interfaces")
        .token("{operator}").json("{\"interface\": {\"tenant_id\": \"t\"}}").expect(400));
    probes.add(probe(group, "update a device's interface", "PUT", INSTANCE + "/x").token("{operator}").json("{}")
        .expect(404));
    probes.add(probe(group, "v1.0 addresses of an unknown interface", "POST",
        "/v1.0/ipam/instances/dev-{n}/interfaces/nope/ip_addresses").token("{operator}")
        .json("{\"network\": {\"id\": \"n\", \"tenant_id\": \"{t}\"}}").expect(404));
    probes.add(probe(group, "v1.0 addresses on v0.1", "POST", "/v0.1/ipam/instances/dev-{n}/interfaces/x/ip_addresses")
        .token("{operator}").json("{}").expect(404));
    probes.add(probe(group, "v1.0 deallocation of an unknown interface's address", "DELETE",
        "/v1.0/ipam/instances/dev-{n}/interfaces/nope/ip_addresses/%00").token("{operator}").expect(404));
    String allowed = "/v0.1/ipam/tenants/{t}/interfaces/vif-{n}/allowed_ips";
    probes.add(probe(group, "allowed IPs of an unknown interface", "GET", allowed).expect(404));
    probes.add(probe(group, "allow an IP on an unknown interface", "POST", allowed)
        .json("{\"allowed_ip\": {\"network_id\": \"n\", \"ip_address\": \"10.0.0.1\"}}").expect(404));
    probes.add(probe(group, "disallow an IP of an unknown interface by a NUL", "DELETE", allowed + "/%00").expect(404));
    probes.add(probe(group, "allowed IPs with another tenant's token", "GET", allowed).token("{other-token}")
        .expect(403));
    return probes.stream();
  }

  private static String printable(String text) {
    return text.replace("\n", "\\n");
  }

  private static String abbreviated(String text) {
    return text.length() > 60 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
