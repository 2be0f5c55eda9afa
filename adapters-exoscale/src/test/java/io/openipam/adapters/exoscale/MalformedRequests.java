package io.openipam.adapters.exoscale;

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
 * Each {@link Probe} is one request, named in words, against an organization that owns a manual
 * Elastic IP {@code {eip}} (description, labels, reverse DNS), a managed one {@code {managed}}, an
 * inet6 one {@code {v6}} and one {@code {attached}} to the instance {@code {instance}}; {@code {op}}
 * is one of its operations, {@code {foreign}} another organization's Elastic IP, {@code {missing}}
 * a UUID nothing has.
 *
 * <p>A probe is signed with EXO2-HMAC-SHA256 over exactly the bytes it sends unless it is about
 * the signature itself, so that a body or path probe reaches the route and not the 403 of the
 * auth path. By default a probe must be refused or answered without changing anything;
 * {@code expect} pins its status. A probe that may succeed says so ({@code mayChange}) and gets a
 * fixture of its own. The few the HTTP layer refuses before any filter runs say why.
 */
final class MalformedRequests {

  static final String EIPS = "/v2/elastic-ip";
  static final String EIP = EIPS + "/{eip}";
  static final String RDNS = "/v2/reverse-dns/elastic-ip/{eip}";

  static final String NO_URI = "Micronaut refuses a target that is no URI (a bad escape, a raw space or"
      + " non-ASCII character) before any filter";
  static final String LINE_TOO_LONG = "Netty refuses a request line over 4 KiB before any filter";
  static final String HEADERS_TOO_LARGE = "Netty refuses headers over 8 KiB before any filter";

  private MalformedRequests() {}

  /** How a probe authenticates. */
  enum Auth { SIGNED, NONE, HEADER }

  /** One request, and what its answer may be besides "not a 5xx". */
  static final class Probe {
    final String group;
    final String name;
    final String method;
    final String target;
    final List<Header> headers = new ArrayList<>();
    Auth auth = Auth.SIGNED;
    /** The Authorization header sent as is ({@link Auth#HEADER}); placeholders resolved. */
    String authorization;
    /** Whose key signs: {@code {org}} or {@code {other}}. */
    String signer = "{org}";
    /** {@code expires} as signed and sent; null: now + 600 s. */
    String expires;
    List<String> signedNames = List.of();
    String signedValues = "";
    String body;
    byte[] rawBody;
    boolean chunked;
    /** Allowed statuses; empty: any status below 500. */
    Set<Integer> statuses = Set.of();
    /** A 2xx may change the store (the request was odd but acceptable); a 4xx never may. */
    boolean mayChange;
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

    Probe json(String text) {
      return body("application/json", text);
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

    Probe unsigned() {
      auth = Auth.NONE;
      return this;
    }

    Probe authorization(String value) {
      auth = Auth.HEADER;
      authorization = value;
      return this;
    }

    Probe signedBy(String who) {
      signer = who;
      return this;
    }

    Probe expires(String value) {
      expires = value;
      return this;
    }

    Probe signedQuery(List<String> names, String values) {
      signedNames = names;
      signedValues = values;
      return this;
    }

    Probe expect(Integer... allowed) {
      return expect(Set.copyOf(List.of(allowed)));
    }

    Probe expect(Set<Integer> allowed) {
      statuses = allowed;
      return this;
    }

    Probe mayChange() {
      mayChange = true;
      return this;
    }

    Probe answeredByTheServer(String why) {
      answeredByTheServer = why;
      return this;
    }

    /**
     * Whether a success may leave the fixture unlike what the next probe expects (an Elastic IP
     * deleted, attached or detached): such a probe gets a fixture of its own. Other accepted
     * requests (a create, a new description) leave it as good as before and share it.
     */
    boolean disturbs() {
      return mayChange && (method.equalsIgnoreCase("DELETE") || target.contains(":") || target.contains("%3"));
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
  // The routes that read a body, each with a body that succeeds.

  /** A route that reads a body, and a valid body for it. */
  record Writer(String label, String method, String target, String valid) {

    Probe probe(String group, String name) {
      return new Probe(group, label + ": " + name, method, target);
    }
  }

  static final Writer CREATE = new Writer("create", "POST", EIPS, "{\"description\":\"probe\"}");
  static final Writer UPDATE = new Writer("update", "PUT", "/v2/elastic-ip/{managed}",
      "{\"description\":\"probe\",\"labels\":{\"a\":\"b\"},\"healthcheck\":{\"mode\":\"tcp\",\"port\":80}}");
  static final Writer ATTACH = new Writer("attach", "PUT", EIP + ":attach", "{\"instance\":{\"id\":\"{instance}\"}}");
  static final Writer DETACH = new Writer("detach", "PUT", "/v2/elastic-ip/{attached}:detach",
      "{\"instance\":{\"id\":\"{instance}\"}}");
  static final Writer REVERSE_DNS = new Writer("reverse-dns update", "POST", RDNS,
      "{\"domain-name\":\"probe.example.net\"}");
  static final List<Writer> WRITERS = List.of(CREATE, UPDATE, ATTACH, DETACH, REVERSE_DNS);

  /** Every route, with a request that succeeds on the fixture. */
  static final List<String[]> ROUTES = List.of(
      new String[] {"list", "GET", EIPS, null},
      new String[] {"create", "POST", EIPS, CREATE.valid},
      new String[] {"get", "GET", EIP, null},
      new String[] {"update", "PUT", EIP, "{\"description\":\"x\"}"},
      new String[] {"delete", "DELETE", EIP, null},
      new String[] {"reset-field", "DELETE", EIP + "/description", null},
      new String[] {"attach", "PUT", ATTACH.target, ATTACH.valid},
      new String[] {"detach", "PUT", DETACH.target, DETACH.valid},
      new String[] {"reverse-dns get", "GET", RDNS, null},
      new String[] {"reverse-dns update", "POST", RDNS, REVERSE_DNS.valid},
      new String[] {"reverse-dns delete", "DELETE", RDNS, null},
      new String[] {"operation", "GET", "/v2/operation/{op}", null},
      new String[] {"instance list", "GET", "/v2/instance?ip-address=192.0.2.1", null},
      new String[] {"instance get", "GET", "/v2/instance/{instance}", null});

  // ---------------------------------------------------------------------------------------------

  /** Bodies that are no JSON, or no JSON object, or JSON too deep or too large to read. */
  static Stream<Probe> invalidJson() {
    String group = "invalid JSON";
    List<Probe> probes = new ArrayList<>();
    Map<String, String> bodies = ordered(
        "an empty body", "",
        "blanks", " \r\n\t",
        "an open brace", "{",
        "a close brace", "}",
        "an array", "[]",
        "null", "null",
        "a number", "42",
        "a string", "\"text\"",
        "true", "true",
        "a trailing comma", "{\"description\":\"x\",}",
        "single quotes", "{'description':'x'}",
        "an unquoted key", "{description:\"x\"}",
        "NaN", "{\"description\":NaN}",
        "a comment", "/* c */{}",
        "two documents", "{}{}",
        "garbage after the object", "{\"description\":\"x\"} trailing",
        "an unterminated string", "{\"description\":\"x}",
        "a bad escape", "{\"description\":\"\\q\"}",
        "a truncated unicode escape", "{\"description\":\"\\u12\"}",
        "a raw newline in a string", "{\"description\":\"a\nb\"}",
        "a 5,000-digit number", "{\"description\":" + "9".repeat(5_000) + "}",
        "a number with a 10,000 exponent", "{\"healthcheck\":{\"mode\":\"tcp\",\"port\":1e10000}}",
        "arrays nested 50,000 deep", "[".repeat(50_000),
        "objects nested 5,000 deep", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
        "labels nested 2,000 deep", "{\"labels\":" + "{\"a\":".repeat(2_000) + "\"x\"" + "}".repeat(2_001),
        "a healthcheck nested 900 deep", "{\"healthcheck\":{\"mode\":" + "[".repeat(900) + "]".repeat(900) + "}}");
    for (Writer writer : WRITERS) {
      bodies.forEach((name, body) -> probes.add(writer.probe(group, name).json(body).expect(400)));
    }
    probes.add(CREATE.probe(group, "a byte-order mark before the object")
        .raw("application/json", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{}")).expect(200, 400)
        .mayChange());
    probes.add(CREATE.probe(group, "a UTF-16 body").raw("application/json", "{}".getBytes(StandardCharsets.UTF_16))
        .expect(200, 400).mayChange());
    probes.add(CREATE.probe(group, "a duplicate key").json("{\"addressfamily\":\"inet4\",\"addressfamily\":\"x\"}")
        .expect(400));
    String huge = "{\"description\":\"" + "x".repeat(1_100_000) + "\"}";
    for (Writer writer : WRITERS) {
      probes.add(writer.probe(group, "a 1.1 MB body").json(huge).expect(413));
      probes.add(writer.probe(group, "a chunked 1.1 MB body").json(huge).chunked().expect(413));
    }
    probes.add(CREATE.probe(group, "a 60 KB body of 3,000 labels").json("{\"labels\":{"
        + IntStream.range(0, 3_000).mapToObj(i -> "\"k" + i + "\":\"v\"").collect(Collectors.joining(",")) + "}}")
        .expect(400));
    probes.add(CREATE.probe(group, "a chunked body that is no JSON").json("{nope").chunked().expect(400));
    return probes.stream();
  }

  /** Every field of every body with a value of the wrong JSON type or out of its range. */
  static Stream<Probe> wrongJsonTypes() {
    String group = "wrong JSON types";
    List<Probe> probes = new ArrayList<>();
    // slot: where § goes, its kind, whether null is allowed (absent)
    record Slot(Writer writer, String field, String template, String kind, boolean optional) {}
    String hc = "{\"healthcheck\":{\"mode\":\"tcp\",\"port\":80,";
    List<Slot> slots = new ArrayList<>();
    slots.add(new Slot(CREATE, "addressfamily", "{\"addressfamily\":§}", "enum", true));
    for (Writer writer : List.of(CREATE, UPDATE)) {
      slots.add(new Slot(writer, "description", "{\"description\":§}", "string", true));
      slots.add(new Slot(writer, "labels", "{\"labels\":§}", "labels", true));
      slots.add(new Slot(writer, "a label value", "{\"labels\":{\"k\":§}}", "string", false));
      slots.add(new Slot(writer, "healthcheck", "{\"healthcheck\":§}", "object", true));
      slots.add(new Slot(writer, "healthcheck.mode", "{\"healthcheck\":{\"mode\":§,\"port\":80}}", "enum", false));
      slots.add(new Slot(writer, "healthcheck.port", "{\"healthcheck\":{\"mode\":\"tcp\",\"port\":§}}", "port", false));
      slots.add(new Slot(writer, "healthcheck.interval", hc + "\"interval\":§}}", "interval", true));
      slots.add(new Slot(writer, "healthcheck.timeout", hc + "\"timeout\":§}}", "timeout", true));
      slots.add(new Slot(writer, "healthcheck.strikes-ok", hc + "\"strikes-ok\":§}}", "strikes", true));
      slots.add(new Slot(writer, "healthcheck.strikes-fail", hc + "\"strikes-fail\":§}}", "strikes", true));
      slots.add(new Slot(writer, "healthcheck.uri", hc + "\"uri\":§}}", "string", true));
      slots.add(new Slot(writer, "healthcheck.tls-sni", hc + "\"tls-sni\":§}}", "string", true));
      slots.add(new Slot(writer, "healthcheck.tls-skip-verify", hc + "\"tls-skip-verify\":§}}", "boolean", true));
    }
    for (Writer writer : List.of(ATTACH, DETACH)) {
      slots.add(new Slot(writer, "instance", "{\"instance\":§}", "object", false));
      slots.add(new Slot(writer, "instance.id", "{\"instance\":{\"id\":§}}", "uuid", false));
    }
    slots.add(new Slot(REVERSE_DNS, "domain-name", "{\"domain-name\":§}", "string", false));
    for (Slot slot : slots) {
      for (String value : valuesFor(slot.kind, slot.writer == UPDATE)) {
        Boolean valid = valid(slot.kind, value, slot.optional);
        Probe probe = slot.writer.probe(group, slot.field + " = " + value).json(slot.template.replace("§", value));
        probes.add(valid == null ? probe.expect(200, 400).mayChange() : valid ? probe.expect(200).mayChange()
            : probe.expect(400));
      }
    }
    return probes.stream();
  }

  /**
   * The wrong (and a few right) values for a slot: integers get every way out of range; an update
   * reads its healthcheck as a create does, so it gets the few that matter.
   */
  private static List<String> valuesFor(String kind, boolean update) {
    return switch (kind) {
      case "string", "enum", "uuid" -> List.of("80", "\"\"", "[]", "[\"x\"]", "{}", "true", "null", "1e400");
      case "boolean" -> List.of("\"true\"", "1", "0", "[]", "{}", "null", "true");
      case "object", "labels" -> List.of("\"x\"", "[]", "42", "true", "null", "{}");
      default -> update ? List.of("\"80\"", "null", "0", "-1", "2147483648", "1e400", "1e1")
          : List.of("\"80\"", "\"\"", "[]", "{}", "true", "null", "1.5", "1e400", "-1e400",
              "99999999999999999999999999", "9223372036854775808", "2147483648", "-2147483649", "-1", "0", "-0", "1e1",
              "10.0");
    };
  }

  /** Whether {@code value} is acceptable in a slot of {@code kind}; null: either answer is fine. */
  private static Boolean valid(String kind, String value, boolean optional) {
    if (value.equals("null")) {
      return optional;
    }
    boolean integral = value.equals("1e1") || value.equals("10.0");
    return switch (kind) {
      case "string" -> value.equals("\"\"") ? null : value.startsWith("\"");
      case "enum", "uuid" -> false;
      case "labels" -> value.equals("{}");
      case "object" -> false; // {} lacks the required mode or id
      case "boolean" -> value.equals("true");
      case "port", "interval", "timeout", "strikes" -> integral;
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** Values outside the enums; fields the reset route does not know. */
  static Stream<Probe> unknownEnums() {
    String group = "unknown enum values";
    List<Probe> probes = new ArrayList<>();
    for (String value : List.of("inetv6", "INET4", "inet4 ", " inet4", ":inet4", "inet5", "inet", "\\u0000inet4",
        "inet4\\u0000", "ｉｎｅｔ４")) {
      probes.add(CREATE.probe(group, "addressfamily " + value).json("{\"addressfamily\":\"" + value + "\"}").expect(400));
    }
    for (String value : List.of("udp", "TCP", "Http", "", "tcp ", "icmp", "http\\u0000", "ｔｃｐ")) {
      for (Writer writer : List.of(CREATE, UPDATE)) {
        probes.add(writer.probe(group, "healthcheck.mode " + value)
            .json("{\"healthcheck\":{\"mode\":\"" + value + "\",\"port\":80}}").expect(400));
      }
    }
    for (String field : List.of("labels", "healthcheck", "addressfamily", "ip", "Description", "DESCRIPTION",
        "description.json", "description%00", "description%20", "%20description", "descr%C3%AFption", "-")) {
      probes.add(probe(group, "reset field " + field, "DELETE", EIP + "/" + field).expect(400));
    }
    probes.add(probe(group, "reset an encoded 'description' (%64...), read as description", "DELETE",
        EIP + "/%64escription").expect(200).mayChange());
    return probes.stream();
  }

  /** 10,000-character strings and the lengths just past each limit. */
  static Stream<Probe> hugeStrings() {
    String group = "huge strings";
    List<Probe> probes = new ArrayList<>();
    String tenK = "\"" + "x".repeat(10_000) + "\"";
    String hc = "{\"healthcheck\":{\"mode\":\"http\",\"port\":80,\"uri\":\"/\",";
    for (Writer writer : List.of(CREATE, UPDATE)) {
      probes.add(writer.probe(group, "a 10,000-character description").json("{\"description\":" + tenK + "}").expect(400));
      probes.add(writer.probe(group, "a 256-character description").json("{\"description\":\"" + "d".repeat(256) + "\"}")
          .expect(400));
      probes.add(writer.probe(group, "a 255-character description")
          .json("{\"description\":\"" + "d".repeat(255) + "\"}").expect(200).mayChange());
      probes.add(writer.probe(group, "a 10,000-character label value").json("{\"labels\":{\"k\":" + tenK + "}}")
          .expect(400));
      probes.add(writer.probe(group, "a 10,000-character label key").json("{\"labels\":{" + tenK + ":\"v\"}}")
          .expect(400));
      probes.add(writer.probe(group, "an empty label key").json("{\"labels\":{\"\":\"v\"}}").expect(400));
      // MariaDB reads "a " as "a": a duplicate key there, so refused everywhere
      probes.add(writer.probe(group, "label keys 'a' and 'a '").json("{\"labels\":{\"a\":\"1\",\"a \":\"2\"}}")
          .expect(400));
      probes.add(writer.probe(group, "a label key with a trailing space").json("{\"labels\":{\"a \":\"1\"}}")
          .expect(400));
      probes.add(writer.probe(group, "65 labels").json("{\"labels\":{" + IntStream.range(0, 65)
          .mapToObj(i -> "\"k" + i + "\":\"v\"").collect(Collectors.joining(",")) + "}}").expect(400));
      probes.add(writer.probe(group, "a 10,000-character uri")
          .json("{\"healthcheck\":{\"mode\":\"http\",\"port\":80,\"uri\":" + tenK + "}}").expect(400));
      probes.add(writer.probe(group, "a 10,000-character tls-sni").json(hc + "\"tls-sni\":" + tenK + "}}").expect(400));
      probes.add(writer.probe(group, "a 10,000-character mode")
          .json("{\"healthcheck\":{\"mode\":" + tenK + ",\"port\":80}}").expect(400));
    }
    probes.add(CREATE.probe(group, "a 10,000-character addressfamily").json("{\"addressfamily\":" + tenK + "}")
        .expect(400));
    probes.add(ATTACH.probe(group, "a 10,000-character instance id").json("{\"instance\":{\"id\":" + tenK + "}}")
        .expect(400));
    probes.add(REVERSE_DNS.probe(group, "a 10,000-character domain-name").json("{\"domain-name\":" + tenK + "}")
        .expect(400));
    probes.add(REVERSE_DNS.probe(group, "a 254-character domain-name")
        .json("{\"domain-name\":\"" + "a".repeat(254) + "\"}").expect(400));
    probes.add(REVERSE_DNS.probe(group, "an empty domain-name").json("{\"domain-name\":\"\"}").expect(400));
    return probes.stream();
  }

  /** Control characters, odd Unicode and bytes that are no UTF-8, in every free-text field. */
  static Stream<Probe> unicodeAndControls() {
    String group = "control characters and invalid UTF-8";
    List<Probe> probes = new ArrayList<>();
    Map<String, byte[]> invalid = new LinkedHashMap<>();
    invalid.put("bytes FF FE", new byte[] {(byte) 0xFF, (byte) 0xFE});
    invalid.put("a lone continuation byte", new byte[] {(byte) 0x80});
    invalid.put("a truncated sequence", new byte[] {(byte) 0xE2, (byte) 0x82});
    invalid.put("an overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF});
    invalid.put("an encoded surrogate (CESU-8)", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    invalid.put("a code point past U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
    invalid.put("Latin-1 é", new byte[] {(byte) 0xE9});
    Map<String, String> fields = ordered(
        "description", "{\"description\":\"§\"}",
        "a label value", "{\"labels\":{\"k\":\"§\"}}",
        "a label key", "{\"labels\":{\"§\":\"v\"}}");
    Map<String, String> escaped = ordered(
        "a lone high surrogate", "\\ud800",
        "a lone low surrogate", "x\\udc00y",
        "reversed surrogates", "\\udc00\\ud800");
    Map<String, String> accepted = ordered(
        "an emoji", "x\\ud83d\\ude00",
        "a right-to-left override", "x\\u202e",
        "U+FFFF", "x\\uffff",
        "U+2028", "x\\u2028",
        "a byte-order mark", "x\\ufeff",
        "combining marks", "e\\u0301\\u0301\\u0301");
    Map<String, String> controls = ordered(
        "a NUL", "\\u0000",
        "an escape sequence", "\\u001b[31m",
        "DEL", "\\u007f",
        "a C1 control", "\\u0085");
    for (Writer writer : List.of(CREATE, UPDATE)) {
      fields.forEach((field, template) -> {
        invalid.forEach((name, bytes) -> {
          String[] halves = template.split("§");
          probes.add(writer.probe(group, field + " with " + name)
              .raw("application/json", concat(concat(halves[0].getBytes(StandardCharsets.UTF_8), bytes), halves[1]))
              .expect(400));
        });
        escaped.forEach((name, text) -> probes.add(writer.probe(group, field + " with " + name)
            .json(template.replace("§", text)).expect(400)));
        accepted.forEach((name, text) -> probes.add(writer.probe(group, field + " with " + name)
            .json(template.replace("§", text)).expect(200).mayChange()));
        controls.forEach((name, text) -> probes.add(writer.probe(group, field + " with " + name)
            .json(template.replace("§", text)).expect(200, 400).mayChange()));
      });
    }
    invalid.forEach((name, bytes) -> probes.add(REVERSE_DNS.probe(group, "domain-name with " + name)
        .raw("application/json", concat(concat("{\"domain-name\":\"a".getBytes(StandardCharsets.UTF_8), bytes), "\"}"))
        .expect(400)));
    Map<String, String> names = new LinkedHashMap<>(escaped);
    names.putAll(controls);
    names.put("a space", "a b.example");
    names.put("a newline", "a\\nb.example");
    names.put("a tab", "a\\tb");
    names.forEach((name, text) -> probes.add(REVERSE_DNS.probe(group, "domain-name with " + name)
        .json("{\"domain-name\":\"" + text + "\"}").expect(400)));
    return probes.stream();
  }

  /** Ids that are no UUID, encoded slashes and colons, dot segments, trailing slashes. */
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
        "a percent-encoded invalid UTF-8 sequence", "%C3%28",
        "a UUID without dashes", "0123456789abcdef0123456789abcdef",
        "a UUID in braces", "%7B{missing}%7D",
        "a UUID with a NUL after it", "{eip}%00",
        "a UUID with an encoded slash after it", "{eip}%2F",
        "a UUID with a trailing dot-dot", "{eip}/..",
        "a UUID with a matrix parameter", "{eip};x=1",
        "a UUID with a space", "{eip}%20",
        "a short UUID", "1-1-1-1-1",
        "the nil UUID", "00000000-0000-0000-0000-000000000000",
        "an unknown UUID", "{missing}",
        "another organization's Elastic IP", "{foreign}",
        "an Elastic IP id as upper case", "{EIP}",
        "a dot-dot over another resource", "..%2F..%2Fzone");
    Set<String> uuids = Set.of("the nil UUID", "an unknown UUID", "another organization's Elastic IP",
        "an Elastic IP id as upper case");
    Set<Integer> refused = Set.of(400, 404, 405);
    ids.forEach((name, id) -> {
      if (name.contains("upper case")) {
        return; // the canonical form of a UUID, read as such: below
      }
      probes.add(probe(group, "GET an Elastic IP by " + name, "GET", EIPS + "/" + id).expect(refused));
      probes.add(probe(group, "DELETE an Elastic IP by " + name, "DELETE", EIPS + "/" + id).expect(refused));
      probes.add(probe(group, "PUT an Elastic IP by " + name, "PUT", EIPS + "/" + id).json("{\"description\":\"x\"}")
          .expect(refused));
      probes.add(probe(group, "attach to " + name, "PUT", EIPS + "/" + id + ":attach").json(ATTACH.valid)
          .expect(refused));
      probes.add(probe(group, "reset the description of " + name, "DELETE", EIPS + "/" + id + "/description")
          .expect(refused));
      probes.add(probe(group, "GET the reverse DNS of " + name, "GET", "/v2/reverse-dns/elastic-ip/" + id)
          .expect(refused));
      probes.add(probe(group, "POST the reverse DNS of " + name, "POST", "/v2/reverse-dns/elastic-ip/" + id)
          .json(REVERSE_DNS.valid).expect(refused));
      probes.add(probe(group, "GET an operation by " + name, "GET", "/v2/operation/" + id).expect(refused));
      probes.add(probe(group, "GET an instance by " + name, "GET", "/v2/instance/" + id)
          .expect(uuids.contains(name) ? Set.of(200) : refused));
    });
    for (String[] route : ROUTES) {
      if (route[2].contains("{eip}")) {
        Probe probe = probe(group, route[0] + " by the upper-case id", route[1], route[2].replace("{eip}", "{EIP}"));
        probes.add((route[3] == null ? probe : probe.json(route[3])).expect(200).mayChange());
      }
    }
    Map<String, Integer> actions = new LinkedHashMap<>();
    actions.put("{eip}%3Aattach", 200);
    actions.put("{eip}%3aattach", 200);
    actions.put("{eip}%253Aattach", 400);
    actions.put("{eip}:ATTACH", 404);
    actions.put("{eip}:attach:detach", 404);
    actions.put("{eip}:", 404);
    actions.put("{eip}::attach", 404);
    actions.put("{eip}:attach%00", 404);
    actions.put("{eip}:attach/", 200); // the router ignores a trailing slash, as on every route
    actions.put("{eip}%3A", 404);
    actions.put(":attach", 400);
    actions.put("%3Aattach", 400);
    actions.put("{eip}:reset", 404);
    actions.put("{eip}:attach?x=:detach", 200);
    actions.forEach((action, status) -> {
      Probe probe = probe(group, "PUT " + action, "PUT", EIPS + "/" + action).json(ATTACH.valid);
      probes.add(status == 200 ? probe.expect(200).mayChange() : probe.expect(status, 404, 405));
    });
    Map<String, String> others = ordered(
        "a trailing slash on the list", EIPS + "/",
        "a double slash", "/v2//elastic-ip",
        "a trailing slash on an Elastic IP", EIP + "/",
        "a trailing slash on reset", EIP + "/description/",
        "two fields to reset", EIP + "/description/labels",
        "the bare prefix", "/v2",
        "the prefix with a slash", "/v2/",
        "the upper-case resource", "/v2/ELASTIC-IP",
        "an encoded hyphen", "/v2/elastic%2Dip",
        "the reverse-DNS root", "/v2/reverse-dns/elastic-ip",
        "the operation root", "/v2/operation",
        "a 3,000-character path", "/v2/" + "p".repeat(3_000),
        "the zone with a trailing slash", "/v2/zone/",
        "an absolute URI as the target", "http://evil.example/v2/elastic-ip");
    others.forEach((name, path) -> probes.add(probe(group, "GET " + name, "GET", path).expect(200, 400, 404, 405)));
    probes.add(probe(group, "GET an unknown version", "GET", "/v3/elastic-ip")
        .answeredByTheServer("a path under no facade's prefix is the server's own 404"));
    probes.add(probe(group, "DELETE a trailing slash on an Elastic IP", "DELETE", EIP + "/").expect(200, 400, 404, 405)
        .mayChange());
    probes.add(probe(group, "DELETE reset with a trailing slash", "DELETE", EIP + "/description/")
        .expect(200, 400, 404, 405).mayChange());
    for (String path : List.of(EIPS + "/%zz", EIPS + "/a b", EIPS + "/\u00fc", EIPS + "/%")) {
      probes.add(probe(group, "GET " + path, "GET", path).answeredByTheServer(NO_URI));
    }
    probes.add(probe(group, "DELETE an Elastic IP by a 5,000-character id", "DELETE", EIPS + "/" + "a".repeat(5_000))
        .answeredByTheServer(LINE_TOO_LONG));
    return probes.stream();
  }

  /** Query strings the routes ignore or read ({@code ip-address}), signed or not. */
  static Stream<Probe> weirdQueries() {
    String group = "weird query strings";
    List<Probe> probes = new ArrayList<>();
    List<String> ignored = List.of("foo=bar", "=&&&=", "%00=1", "a=%00", "limit=-1&page=abc", "x=" + "q".repeat(3_000),
        "x[]=1&x[]=2", "a=%F0%9F%99%82", "a=%C3%28", "ip-address=1.2.3.4", "_method=DELETE", ";");
    for (String query : ignored) {
      probes.add(probe(group, "list with ?" + abbreviated(query), "GET", EIPS + "?" + query).expect(200));
      probes.add(probe(group, "get with ?" + abbreviated(query), "GET", EIP + "?" + query).expect(200));
      probes.add(probe(group, "delete an unknown id with ?" + abbreviated(query), "DELETE",
          EIPS + "/{missing}?" + query).expect(404));
    }
    Map<String, Integer> ipAddresses = new LinkedHashMap<>();
    ipAddresses.put("", 400);
    ipAddresses.put("notanip", 400);
    ipAddresses.put("%00", 400);
    ipAddresses.put("1.2.3.4/32", 400);
    ipAddresses.put("256.1.1.1", 400);
    ipAddresses.put("1.2.3", 400);
    ipAddresses.put("01.02.03.04", 400);
    ipAddresses.put("::ffff:192.0.2.1", 200);
    ipAddresses.put("2001:DB8::1", 200);
    ipAddresses.put("fe80::1%25eth0", 400);
    ipAddresses.put("[::1]", 400);
    ipAddresses.put("a".repeat(3_000), 400);
    ipAddresses.put("1.2.3.4&ip-address=5.6.7.8", 200);
    ipAddresses.put("%F0%9F%99%82", 400);
    ipAddresses.forEach((value, status) -> probes.add(probe(group, "instances with ?ip-address=" + abbreviated(value),
        "GET", "/v2/instance?ip-address=" + value).expect(status)));
    probes.add(probe(group, "instances with a signed ip-address", "GET", "/v2/instance?ip-address=192.0.2.1")
        .signedQuery(List.of("ip-address"), "192.0.2.1").expect(200));
    probes.add(probe(group, "signed-query-args naming an absent parameter", "GET", EIPS)
        .signedQuery(List.of("nope"), "").expect(200));
    probes.add(probe(group, "signed-query-args with empty names", "GET", EIPS + "?a=1")
        .signedQuery(List.of("", "", ""), "").expect(200, 403));
    probes.add(probe(group, "a signed value with a bad escape", "GET", EIPS + "?a=%C3%28")
        .signedQuery(List.of("a"), "%C3%28").expect(200, 403));
    probes.add(probe(group, "a repeated signed name", "GET", EIPS + "?a=1&a=2").signedQuery(List.of("a"), "")
        .expect(200));
    probes.add(probe(group, "signed-query-args of 300 names", "GET", EIPS)
        .signedQuery(IntStream.range(0, 300).mapToObj(i -> "n" + i).toList(), "").expect(200));
    for (String query : List.of("a=%zz", "%zz=1", "a=%E0%A4%A", "x=<\">")) {
      probes.add(probe(group, "list with ?" + query, "GET", EIPS + "?" + query).answeredByTheServer(NO_URI));
    }
    probes.add(probe(group, "list with a 10,000-character query", "GET", EIPS + "?x=" + "q".repeat(10_000))
        .answeredByTheServer(LINE_TOO_LONG));
    return probes.stream();
  }

  /** Missing, wrong, odd and huge Content-Type headers, and encodings the server cannot read. */
  static Stream<Probe> wrongContentType() {
    String group = "wrong Content-Type";
    List<Probe> probes = new ArrayList<>();
    Map<String, Integer> types = new LinkedHashMap<>();
    types.put("text/plain", 415);
    types.put("application/xml", 415);
    types.put("application/x-www-form-urlencoded", 415);
    types.put("multipart/form-data; boundary=x", 415);
    types.put("application/octet-stream", 415);
    types.put("", 415);
    types.put(";", 415);
    types.put("*/*", 415);
    types.put("application/jsonx", 415);
    types.put("json", 200);
    types.put("application/json; charset=ISO-8859-1", 200);
    types.put("APPLICATION/JSON", 200);
    types.put("application/problem+json", 200);
    types.put("application/json;;;charset=", 200);
    types.put("application/json; boundary=\"" + "b".repeat(3_000) + "\"", 200);
    for (Writer writer : WRITERS) {
      types.forEach((type, status) -> {
        Probe probe = writer.probe(group, "Content-Type " + abbreviated(type)).body(type, writer.valid);
        probes.add(status == 200 ? probe.expect(200).mayChange() : probe.expect(status, 400));
      });
      probes.add(writer.probe(group, "no Content-Type").body(null, writer.valid).expect(200).mayChange());
      probes.add(writer.probe(group, "two Content-Types").body("text/plain", writer.valid)
          .header("Content-Type", "application/json").expect(200, 400, 415).mayChange());
    }
    probes.add(CREATE.probe(group, "a form body as form data").body("application/x-www-form-urlencoded",
        "description=x&addressfamily=inet6").expect(415, 400));
    probes.add(CREATE.probe(group, "gzip Content-Encoding over plain bytes").json("{}")
        .header("Content-Encoding", "gzip").expect(400, 403, 415, 200).mayChange());
    probes.add(CREATE.probe(group, "an unknown Content-Encoding").json("{}").header("Content-Encoding", "br, zz")
        .expect(400, 415, 200).mayChange());
    for (String method : List.of("GET", "DELETE")) {
      probes.add(probe(group, method + " with a body that is no JSON", method, EIPS + "/{missing}")
          .body("text/plain", "<x/>").expect(404));
    }
    probes.add(probe(group, "GET the list with an XML body", "GET", EIPS).body("application/xml", "<x/>").expect(200));
    return probes.stream();
  }

  /** Verbs no route has, and known verbs on routes that do not take them. */
  static Stream<Probe> unknownMethods() {
    String group = "unknown methods";
    List<Probe> probes = new ArrayList<>();
    List<String> routes = List.of(EIPS, EIP, EIP + "/description", EIP + ":attach", RDNS, "/v2/operation/{op}",
        "/v2/zone", "/v2/instance", "/v2/instance/{instance}");
    for (String route : routes) {
      for (String method : List.of("PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO")) {
        Probe probe = probe(group, method + " " + route, method, route);
        if (method.equals("PATCH")) {
          probe.json("{\"description\":\"x\"}");
        }
        probes.add(probe.expect(405, 404, 400, 200));
      }
      probes.add(probe(group, "HEAD " + route, "HEAD", route).expect(200, 400, 405, 404));
    }
    Map<String, String> wrongVerbs = ordered(
        "PUT the list", "PUT " + EIPS,
        "DELETE the list", "DELETE " + EIPS,
        "POST an Elastic IP", "POST " + EIP,
        "POST attach", "POST " + EIP + ":attach",
        "GET attach", "GET " + EIP + ":attach",
        "DELETE attach", "DELETE " + EIP + ":attach",
        "PUT reset", "PUT " + EIP + "/description",
        "GET reset", "GET " + EIP + "/description",
        "PUT the reverse DNS", "PUT " + RDNS,
        "DELETE an operation", "DELETE /v2/operation/{op}",
        "POST the zone", "POST /v2/zone",
        "DELETE an instance", "DELETE /v2/instance/{instance}",
        "POST instances", "POST /v2/instance");
    wrongVerbs.forEach((name, request) -> {
      String[] parts = request.split(" ", 2);
      probes.add(probe(group, name, parts[0], parts[1]).json("{\"description\":\"x\"}").expect(400, 404, 405));
    });
    probes.add(probe(group, "a lower-case delete", "delete", EIPS + "/{missing}").expect(400, 404, 405));
    probes.add(probe(group, "POST with X-HTTP-Method-Override: DELETE", "POST", EIP)
        .header("X-HTTP-Method-Override", "DELETE").json("{}").expect(404, 405));
    return probes.stream();
  }

  /** Missing, malformed, expired, foreign and tampered EXO2-HMAC-SHA256 headers, on every route. */
  static Stream<Probe> badSignatures() {
    String group = "bad signatures";
    List<Probe> probes = new ArrayList<>();
    String valid = "EXO2-HMAC-SHA256 credential=EXO-{org},expires={expires},signature=c2lnbmF0dXJl";
    for (String[] route : ROUTES) {
      boolean every = route[0].equals("create") || route[0].equals("delete") || route[0].equals("attach");
      Map<String, Probe> kinds = new LinkedHashMap<>();
      kinds.put("no Authorization", new Probe(group, "", route[1], route[2]).unsigned().expect(403));
      kinds.put("a wrong signature", new Probe(group, "", route[1], route[2]).authorization(valid).expect(403));
      kinds.put("an expired signature", new Probe(group, "", route[1], route[2]).expires("{expired}").expect(403));
      boolean own = route[2].contains("{eip}") || route[2].contains("{attached}") || route[2].contains("{op}");
      kinds.put("another organization's key", new Probe(group, "", route[1], route[2]).signedBy("{other}")
          .expect(own ? 404 : 200).mayChange());
      if (every) {
        Map<String, String> headers = ordered(
            "an empty header", "",
            "the scheme alone", "EXO2-HMAC-SHA256",
            "the scheme and a space", "EXO2-HMAC-SHA256 ",
            "a lower-case scheme", valid.replace("EXO2-HMAC-SHA256", "exo2-hmac-sha256"),
            "the legacy scheme", valid.replace("EXO2-HMAC-SHA256", "Exoscale-HMAC-SHA256"),
            "a Bearer token", "Bearer abc",
            "Basic credentials", "Basic dXNlcjpwYXNz",
            "no credential", "EXO2-HMAC-SHA256 expires={expires},signature=c2ln",
            "no expires", "EXO2-HMAC-SHA256 credential=EXO-{org},signature=c2ln",
            "no signature", "EXO2-HMAC-SHA256 credential=EXO-{org},expires={expires}",
            "an empty signature", "EXO2-HMAC-SHA256 credential=EXO-{org},expires={expires},signature=",
            "a signature that is no Base64", valid.replace("c2lnbmF0dXJl", "!!!%%%"),
            "URL-safe Base64", valid.replace("c2lnbmF0dXJl", "-_-_"),
            "a 6,000-character signature", valid.replace("c2lnbmF0dXJl", "A".repeat(6_000)),
            "a repeated credential", valid.replace("credential=EXO-{org}", "credential=EXO-{org},credential=EXO-{other}"),
            "an empty pragma", valid + ",",
            "a pragma without a value", valid + ",flag",
            "spaces around the pragmas", valid.replace(",", " , "),
            "an empty credential", valid.replace("EXO-{org}", ""),
            "an unknown credential", valid.replace("EXO-{org}", "EXOnobody"),
            "a unicode credential", valid.replace("EXO-{org}", "EXO-\u00fc\u20ac"),
            "a huge expires", valid.replace("{expires}", "99999999999999999999999999"),
            "a negative expires", valid.replace("{expires}", "-1"),
            "an expires in hex", valid.replace("{expires}", "0x7fffffff"),
            "an expires with a space", valid.replace("{expires}", " {expires}"),
            "an empty expires", valid.replace("{expires}", ""));
        headers.forEach((kind, header) -> kinds.put(kind, new Probe(group, "", route[1], route[2])
            .authorization(header).expect(403)));
        kinds.put("a correct signature with expires far in the future",
            new Probe(group, "", route[1], route[2]).expires("{far}").expect(403));
        kinds.put("a correct signature with a negative expires",
            new Probe(group, "", route[1], route[2]).expires("-1").expect(403));
        kinds.put("a correct signature with a huge expires",
            new Probe(group, "", route[1], route[2]).expires("99999999999999999999").expect(403));
        kinds.put("a correct signature with a zero-padded expires",
            new Probe(group, "", route[1], route[2]).expires("0{expires}").expect(200, 403).mayChange());
        kinds.put("non-ASCII bytes in the header", new Probe(group, "", route[1], route[2]).unsigned()
            .rawHeader("Authorization", "EXO2-HMAC-SHA256 credential=\u00e9\u00ff,expires=1,signature=x"
                .getBytes(StandardCharsets.ISO_8859_1)).expect(403));
        kinds.put("a 10,000-character header", new Probe(group, "", route[1], route[2])
            .authorization(valid.replace("c2lnbmF0dXJl", "A".repeat(10_000)))
            .answeredByTheServer(HEADERS_TOO_LARGE));
        kinds.put("a signature for another method", new Probe(group, "", route[1], route[2])
            .authorization("{signed-as-GET}").expect(403));
      }
      kinds.forEach((kind, template) -> {
        Probe probe = new Probe(group, route[0] + " with " + kind, route[1], route[2]);
        probe.auth = template.auth;
        probe.authorization = template.authorization;
        probe.signer = template.signer;
        probe.expires = template.expires;
        probe.headers.addAll(template.headers);
        probe.statuses = template.statuses;
        probe.mayChange = template.mayChange;
        probe.answeredByTheServer = template.answeredByTheServer;
        if (route[3] != null) {
          probe.json(route[3]);
        }
        probes.add(probe);
      });
    }
    probes.add(probe(group, "two Authorization headers, the second correct", "POST", EIPS).json(CREATE.valid)
        .header("Authorization", "Bearer abc").expect(403, 400, 200).mayChange());
    probes.add(probe(group, "the zone without a header is served", "GET", "/v2/zone").unsigned().expect(200));
    probes.add(probe(group, "the zone with a garbage header is served", "GET", "/v2/zone").authorization("Bearer x")
        .expect(200));
    return probes.stream();
  }

  /** Host headers that name no zone, an unknown zone, another zone, or no host at all. */
  static Stream<Probe> weirdHosts() {
    String group = "weird Host headers";
    List<Probe> probes = new ArrayList<>();
    List<String> unknownZones = List.of("api-xx-yyy-9.example.net", "api-ch-gva-3.example.net",
        "API-XX-YYY-9.EXAMPLE.NET");
    for (String host : unknownZones) {
      probes.add(probe(group, "get an Elastic IP with Host " + host, "GET", EIP).header("Host", host).expect(404));
      probes.add(probe(group, "list with Host " + host, "GET", EIPS).header("Host", host).expect(404));
      probes.add(probe(group, "create with Host " + host, "POST", EIPS).header("Host", host).json(CREATE.valid)
          .expect(404));
      probes.add(probe(group, "delete with Host " + host, "DELETE", EIP).header("Host", host).expect(404));
      probes.add(probe(group, "attach with Host " + host, "PUT", ATTACH.target).header("Host", host)
          .json(ATTACH.valid).expect(404));
      probes.add(probe(group, "the zones with Host " + host, "GET", "/v2/zone").unsigned().header("Host", host)
          .expect(404));
    }
    String frankfurt = "api-de-fra-1.example.net";
    probes.add(probe(group, "get the Elastic IP of another zone", "GET", EIP).header("Host", frankfurt).expect(404));
    probes.add(probe(group, "delete the Elastic IP of another zone", "DELETE", EIP).header("Host", frankfurt)
        .expect(404));
    probes.add(probe(group, "attach the Elastic IP of another zone", "PUT", ATTACH.target).header("Host", frankfurt)
        .json(ATTACH.valid).expect(404));
    probes.add(probe(group, "the operation of another zone", "GET", "/v2/operation/{op}").header("Host", frankfurt)
        .expect(404));
    List<String> odd = List.of("API-CH-GVA-2.example.net", "api-ch-gva-2.example.net:99999", "api-.example.net",
        "api-ch-gva-2", "", "a b", "[::1", "h".repeat(1_000), "<x>\"&", "example.org/evil?x=1#y",
        "api-ch-gva-2.example.net.", "api-CH-gva-2.x");
    for (String host : odd) {
      // each names the default zone or is refused by the HTTP layer
      probes.add(probe(group, "get an Elastic IP with Host " + abbreviated(host), "GET", EIP).header("Host", host)
          .expect(200, 400));
      probes.add(probe(group, "create with Host " + abbreviated(host), "POST", EIPS).header("Host", host)
          .json(CREATE.valid).expect(200, 400).mayChange());
      probes.add(probe(group, "the zones with Host " + abbreviated(host), "GET", "/v2/zone").unsigned()
          .header("Host", host).expect(200, 400));
    }
    probes.add(probe(group, "a Host with a NUL", "GET", EIP).header("Host", "api-ch-gva-2.example.net\u0000.evil")
        .answeredByTheServer("Netty refuses a header value with a NUL before any filter"));
    probes.add(probe(group, "two Host headers", "GET", EIPS).header("Host", "api-xx-yyy-9.example.net")
        .header("Host", "api-ch-gva-2.example.net").expect(200, 400, 404));
    return probes.stream();
  }

  // ---------------------------------------------------------------------------------------------

  static byte[] concat(byte[] head, String tail) {
    return concat(head, tail.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] concat(byte[] head, byte[] tail) {
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  static String abbreviated(String text) {
    return text.length() > 60 ? text.substring(0, 40) + "…(" + text.length() + " characters)" : text;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
