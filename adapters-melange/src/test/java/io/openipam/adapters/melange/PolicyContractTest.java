package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Spec §15 cases 60–70 (policies, unusable ranges and octets, routes #26–#40), 125–127 for them. */
@MicronautTest(transactional = false)
class PolicyContractTest extends ContractTest {

  /** Exactly the fields of a Melange policy, ip_range and ip_octet (spec §4.5). */
  static final Set<String> POLICY_FIELDS = Set.of("id", "name", "description", "tenant_id", "created_at", "updated_at");
  static final Set<String> RANGE_FIELDS = Set.of("id", "offset", "length", "policy_id", "created_at", "updated_at");
  static final Set<String> OCTET_FIELDS = Set.of("id", "octet", "policy_id", "created_at", "updated_at");
  private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d";

  private static String policiesOf(String tenant) {
    return "/v0.1/ipam/tenants/" + tenant + "/policies";
  }

  private Map<String, Object> createPolicy(String tenant, String name) {
    Reply reply = melange.post(policiesOf(tenant)).token(Tokens.of(tenant))
        .json("{\"policy\": {\"name\": \"" + name + "\"}}").send();
    assertEquals(201, reply.status(), reply.toString());
    return reply.object("policy");
  }

  private Map<String, Object> createRange(String tenant, Object policy, long offset, long length) {
    Reply reply = melange.post(policiesOf(tenant) + "/" + policy + "/unusable_ip_ranges").token(Tokens.of(tenant))
        .json("{\"ip_range\": {\"offset\": " + offset + ", \"length\": " + length + "}}").send();
    assertEquals(201, reply.status(), reply.toString());
    return reply.object("ip_range");
  }

  private Map<String, Object> createOctet(String tenant, Object policy, int octet) {
    Reply reply = melange.post(policiesOf(tenant) + "/" + policy + "/unusable_ip_octets").token(Tokens.of(tenant))
        .json("{\"ip_octet\": {\"octet\": " + octet + "}}").send();
    assertEquals(201, reply.status(), reply.toString());
    return reply.object("ip_octet");
  }

  private String blockWithPolicy(String tenant, String cidr, Object policy) {
    return (String) createBlock(tenant, "\"type\": \"private\", \"cidr\": \"" + cidr + "\", \"policy_id\": \""
        + policy + "\"").get("id");
  }

  /** {@code POST .../ip_addresses}: the address handed out, or the status and detail of the fault. */
  private String allocate(String tenant, String block, String fields) {
    Reply reply = melange.post(blocksOf(tenant) + "/" + block + "/ip_addresses").token(Tokens.of(tenant))
        .json("{\"ip_address\": {" + fields + "}}").send();
    return reply.status() == 201 ? (String) reply.object("ip_address").get("address")
        : reply.status() + " " + reply.faultDetail();
  }

  private String allocateNext(String tenant, String block) {
    return allocate(tenant, block, "");
  }

  private String allocateSpecific(String tenant, String block, String address) {
    return allocate(tenant, block, "\"address\": \"" + address + "\"");
  }

  private static String invalid(String repr) {
    return "The following values are invalid: " + repr;
  }

  // --- policies ---------------------------------------------------------------------------------

  @Test
  void case_60_a_new_policy_belongs_to_the_url_tenant_whatever_the_body_says() {
    Reply reply = melange.post("/v0.1/ipam/tenants/1111/policies").token(Tokens.of("1111"))
        .json("{\"policy\": {\"name\": \"infrastructure\", \"tenant_id\": \"other\"}}").send();

    assertEquals(201, reply.status());
    assertEquals("application/json", reply.contentType());
    Map<String, Object> policy = reply.object("policy");
    assertEquals(POLICY_FIELDS, policy.keySet());
    assertEquals("1111", policy.get("tenant_id"));
    assertEquals("infrastructure", policy.get("name"));
    assertNull(policy.get("description"));
    assertTrue(((String) policy.get("created_at")).matches(TIMESTAMP), "case 126");
    assertTrue(((String) policy.get("updated_at")).matches(TIMESTAMP), "case 126");
  }

  @Test
  void case_60_a_policy_without_a_name_is_refused_and_nothing_is_stored() {
    String tenant = fresh("tenant");

    Reply reply = melange.post(policiesOf(tenant)).token(Tokens.of(tenant))
        .json("{\"policy\": {\"description\": \"no name\"}}").send();

    assertEquals(400, reply.status());
    assertEquals(invalid("{'name': ['name should be present']}"), reply.faultDetail());
    assertEquals(List.of(), melange.get(policiesOf(tenant)).token(Tokens.of(tenant)).send().list("policies"));
  }

  @Test
  void case_61_another_tenants_policy_is_not_found_to_get_put_or_delete() {
    String owner = fresh("owner");
    String other = fresh("other");
    Object id = createPolicy(owner, "mine").get("id");
    String wrong = policiesOf(other) + "/" + id;

    for (Reply reply : List.of(melange.get(wrong).token(Tokens.of(other)).send(),
        melange.put(wrong).token(Tokens.of(other)).json("{\"policy\": {\"name\": \"x\"}}").send(),
        melange.delete(wrong).token(Tokens.of(other)).send(),
        melange.get(wrong).token(Tokens.OPERATOR).send(),
        melange.get(wrong + "/unusable_ip_ranges").token(Tokens.of(other)).send(),
        melange.post(wrong + "/unusable_ip_octets").token(Tokens.of(other)).json("{\"ip_octet\": {\"octet\": 1}}").send(),
        melange.get(policiesOf(owner) + "/nonexistent").token(Tokens.of(owner)).send())) {
      assertEquals(404, reply.status(), reply.toString());
      assertEquals("Policy Not Found", reply.faultDetail());
    }
    assertEquals("mine", melange.get(policiesOf(owner) + "/" + id).token(Tokens.of(owner)).send().object("policy")
        .get("name"));
  }

  @Test
  void a_policy_is_shown_updated_and_its_tenant_cannot_change() {
    String tenant = fresh("tenant");
    Map<String, Object> created = createPolicy(tenant, "before");
    String path = policiesOf(tenant) + "/" + created.get("id");

    Reply updated = melange.put(path).token(Tokens.of(tenant))
        .json("{\"policy\": {\"name\": \"after\", \"description\": \"desc\", \"tenant_id\": \"thief\"}}").send();
    Reply shown = melange.get(path + ".json").token(Tokens.of(tenant)).send();

    assertEquals(200, updated.status());
    assertEquals(POLICY_FIELDS, updated.object("policy").keySet());
    assertEquals("after", updated.object("policy").get("name"));
    assertEquals("desc", updated.object("policy").get("description"));
    assertEquals(tenant, updated.object("policy").get("tenant_id"));
    assertEquals(created.get("created_at"), updated.object("policy").get("created_at"));
    assertEquals(updated.json(), shown.json());
  }

  @Test
  void an_update_that_names_no_field_keeps_the_policy_and_a_blank_name_too() {
    String tenant = fresh("tenant");
    Map<String, Object> created = createPolicy(tenant, "kept");

    Reply reply = melange.put(policiesOf(tenant) + "/" + created.get("id")).token(Tokens.of(tenant))
        .json("{\"policy\": {\"name\": \"\"}}").send();

    assertEquals(200, reply.status());
    assertEquals("kept", reply.object("policy").get("name"));
  }

  @Test
  void policies_list_by_id_and_page_with_policies_links() {
    String tenant = fresh("tenant");
    List<String> ids = IntStream.range(0, 5).mapToObj(i -> (String) createPolicy(tenant, "p" + i).get("id"))
        .sorted(Comparator.naturalOrder()).toList();
    createPolicy(fresh("noise"), "someone else's");

    Reply page = melange.get(policiesOf(tenant) + "?limit=2&marker=" + ids.get(1)).token(Tokens.of(tenant)).send();
    Reply last = melange.get(policiesOf(tenant) + "?limit=2&marker=" + ids.get(2)).token(Tokens.of(tenant)).send();

    assertEquals(ids.subList(2, 4), page.list("policies").stream().map(policy -> policy.get("id")).toList());
    URI next = URI.create((String) page.list("policies_links").getFirst().get("href"));
    assertEquals("next", page.list("policies_links").getFirst().get("rel"));
    assertEquals(policiesOf(tenant), next.getPath());
    assertEquals(Set.of("limit=2", "marker=" + ids.get(3)), Set.of(next.getQuery().split("&")));
    assertEquals(ids.subList(3, 5), last.list("policies").stream().map(policy -> policy.get("id")).toList());
    assertFalse(last.json().containsKey("policies_links"));
  }

  @Test
  void case_125_in_xml_policies_are_policie_elements() {
    String tenant = fresh("tenant");
    createPolicy(tenant, "one");

    Reply reply = melange.get(policiesOf(tenant) + ".xml").token(Tokens.of(tenant)).send();

    assertEquals(200, reply.status());
    assertEquals("application/xml", reply.contentType());
    assertTrue(reply.body().startsWith("<policies>\n    <policie>\n"), reply.body());
    assertTrue(reply.body().contains("<description>None</description>"), reply.body());
    assertTrue(reply.body().matches("(?s).*<created_at>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d</created_at>.*"));
  }

  @Test
  void a_policy_may_be_created_from_an_xml_body_and_under_v1_0() {
    String tenant = fresh("tenant");

    Reply reply = melange.post("/v1.0/ipam/tenants/" + tenant + "/policies.xml").token(Tokens.of(tenant))
        .xml("<policy><name>from xml</name><description>d</description></policy>").send();

    assertEquals(201, reply.status());
    assertTrue(reply.body().startsWith("<policy>\n"), reply.body());
    assertTrue(reply.body().contains("<name>from xml</name>"), reply.body());
  }

  // --- unusable ranges --------------------------------------------------------------------------

  @Test
  void case_62_a_range_given_as_text_is_stored_as_numbers() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");

    Reply reply = melange.post(policiesOf(tenant) + "/" + policy + "/unusable_ip_ranges").token(Tokens.of(tenant))
        .json("{\"ip_range\": {\"offset\": \"10\", \"length\": \"2\"}}").send();

    assertEquals(201, reply.status());
    Map<String, Object> range = reply.object("ip_range");
    assertEquals(RANGE_FIELDS, range.keySet());
    assertEquals(10, range.get("offset"));
    assertEquals(2, range.get("length"));
    assertEquals(policy, range.get("policy_id"));
    assertTrue(((String) range.get("created_at")).matches(TIMESTAMP), "case 126");
    assertTrue(reply.body().contains("\"offset\": 10,"), "a JSON number, not text: " + reply.body());
  }

  @Test
  void case_63_an_offset_that_is_no_integer_and_a_negative_length_are_refused_together() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    String ranges = policiesOf(tenant) + "/" + policy + "/unusable_ip_ranges";

    Reply both = melange.post(ranges).token(Tokens.of(tenant))
        .json("{\"ip_range\": {\"offset\": \"x\", \"length\": \"-1\"}}").send();
    Reply missing = melange.post(ranges).token(Tokens.of(tenant)).json("{\"ip_range\": {}}").send();
    Reply fraction = melange.post(ranges).token(Tokens.of(tenant))
        .json("{\"ip_range\": {\"offset\": 1.5, \"length\": \"2.0\"}}").send();

    assertEquals(400, both.status());
    assertEquals(invalid("{'offset': ['offset should be of type integer'], "
        + "'length': ['length should be a positive integer']}"), both.faultDetail());
    assertEquals(invalid("{'offset': ['offset should be of type integer'], "
        + "'length': ['length should be of type integer', 'length should be a positive integer']}"),
        missing.faultDetail());
    assertEquals(invalid("{'offset': ['offset should be of type integer'], "
        + "'length': ['length should be of type integer', 'length should be a positive integer']}"),
        fraction.faultDetail());
    assertEquals(List.of(), melange.get(ranges).token(Tokens.of(tenant)).send().list("ip_ranges"));
  }

  @Test
  void case_64_an_update_changes_offset_and_length_but_never_the_policy() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    Object other = createPolicy(tenant, "other").get("id");
    Map<String, Object> range = createRange(tenant, policy, 1, 1);
    String path = policiesOf(tenant) + "/" + policy + "/unusable_ip_ranges/" + range.get("id");

    Reply reply = melange.put(path).token(Tokens.of(tenant))
        .json("{\"ip_range\": {\"offset\": 1111, \"length\": 2222, \"policy_id\": \"" + other + "\"}}").send();

    assertEquals(200, reply.status());
    Map<String, Object> updated = reply.object("ip_range");
    assertEquals(1111, updated.get("offset"));
    assertEquals(2222, updated.get("length"));
    assertEquals(policy, updated.get("policy_id"));
    assertEquals(reply.json(), melange.get(path).token(Tokens.of(tenant)).send().json());
  }

  @Test
  void an_unknown_range_or_one_of_another_policy_is_ip_range_not_found() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    Object other = createPolicy(tenant, "other").get("id");
    Object range = createRange(tenant, policy, 1, 1).get("id");
    String elsewhere = policiesOf(tenant) + "/" + other + "/unusable_ip_ranges/" + range;

    for (Reply reply : List.of(melange.get(elsewhere).token(Tokens.of(tenant)).send(),
        melange.put(elsewhere).token(Tokens.of(tenant)).json("{\"ip_range\": {\"length\": 3}}").send(),
        melange.delete(elsewhere).token(Tokens.of(tenant)).send(),
        melange.get(policiesOf(tenant) + "/" + policy + "/unusable_ip_ranges/nonexistent").token(Tokens.of(tenant))
            .send())) {
      assertEquals(404, reply.status(), reply.toString());
      assertEquals("IpRange Not Found", reply.faultDetail());
    }
    assertEquals(1, melange.get(policiesOf(tenant) + "/" + policy + "/unusable_ip_ranges/" + range)
        .token(Tokens.of(tenant)).send().object("ip_range").get("length"));
  }

  @Test
  void a_range_is_deleted_with_an_empty_200_and_then_not_found() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    String path = policiesOf(tenant) + "/" + policy + "/unusable_ip_ranges/" + createRange(tenant, policy, 0, 2).get("id");

    Reply deleted = melange.delete(path + ".xml").token(Tokens.of(tenant)).send();

    assertEquals(200, deleted.status(), "case 127");
    assertEquals("", deleted.body());
    assertEquals("application/json", deleted.contentType());
    assertEquals(404, melange.get(path).token(Tokens.of(tenant)).send().status());
  }

  /** [I] §5.5: Melange accepted length 0; here too, and such a range excludes nothing. */
  @Test
  void inferred_a_range_of_length_zero_is_accepted_and_excludes_nothing() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    Map<String, Object> range = createRange(tenant, policy, 0, 0);
    String block = blockWithPolicy(tenant, "10.80.0.0/29", policy);

    assertEquals(0, range.get("length"));
    assertEquals("10.80.0.0", allocateNext(tenant, block));
  }

  /** [I] §5.5: offset and length are 64-bit here (Python's were unbounded). */
  @Test
  void inferred_offsets_and_lengths_beyond_64_bits_are_refused() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");

    Reply reply = melange.post(policiesOf(tenant) + "/" + policy + "/unusable_ip_ranges").token(Tokens.of(tenant))
        .json("{\"ip_range\": {\"offset\": -9223372036854775809, \"length\": \"9223372036854775808\"}}").send();

    assertEquals(400, reply.status());
    assertEquals(invalid("{'offset': ['offset should be between -9223372036854775808 and 9223372036854775807'], "
        + "'length': ['length should be at most 9223372036854775807']}"), reply.faultDetail());
  }

  // --- unusable octets --------------------------------------------------------------------------

  @Test
  void case_65_an_octet_is_created_as_a_number_updated_by_put_and_post_to_it_is_404() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    String octets = policiesOf(tenant) + "/" + policy + "/unusable_ip_octets";

    Reply created = melange.post(octets).token(Tokens.of(tenant)).json("{\"ip_octet\": {\"octet\": \"123\"}}").send();
    String path = octets + "/" + created.object("ip_octet").get("id");
    Reply updated = melange.put(path).token(Tokens.of(tenant))
        .json("{\"ip_octet\": {\"octet\": 124, \"policy_id\": \"elsewhere\"}}").send();
    Reply posted = melange.post(path).token(Tokens.of(tenant)).json("{\"ip_octet\": {\"octet\": 1}}").send();

    assertEquals(201, created.status());
    assertEquals(OCTET_FIELDS, created.object("ip_octet").keySet());
    assertEquals(123, created.object("ip_octet").get("octet"));
    assertEquals(policy, created.object("ip_octet").get("policy_id"));
    assertEquals(200, updated.status());
    assertEquals(124, updated.object("ip_octet").get("octet"));
    assertEquals(policy, updated.object("ip_octet").get("policy_id"));
    assertEquals(404, posted.status());
    assertEquals(124, melange.get(path).token(Tokens.of(tenant)).send().object("ip_octet").get("octet"));
  }

  @Test
  void an_octet_that_is_no_integer_is_refused_and_an_unknown_one_is_ip_octet_not_found() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    String octets = policiesOf(tenant) + "/" + policy + "/unusable_ip_octets";

    Reply text = melange.post(octets).token(Tokens.of(tenant)).json("{\"ip_octet\": {\"octet\": \"abc\"}}").send();
    Reply missing = melange.post(octets).token(Tokens.of(tenant)).json("{}").send();
    Reply unknown = melange.delete(octets + "/nonexistent").token(Tokens.of(tenant)).send();

    assertEquals(invalid("{'octet': ['octet should be of type integer']}"), text.faultDetail());
    assertEquals(invalid("{'octet': ['octet should be of type integer']}"), missing.faultDetail());
    assertEquals(404, unknown.status());
    assertEquals("IpOctet Not Found", unknown.faultDetail());
  }

  /**
   * [I] §5.5/E16: Melange took any integer (999 too). Here an octet is 0 to 65535: an IPv4 last
   * byte or an IPv6 last group; 999 is accepted and excludes IPv6 addresses ending in {@code :3e7}.
   */
  @Test
  void inferred_an_octet_is_0_to_65535() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    String octets = policiesOf(tenant) + "/" + policy + "/unusable_ip_octets";
    createOctet(tenant, policy, 999);
    String v6 = blockWithPolicy(tenant, "fe80::/64", policy);

    Reply negative = melange.post(octets).token(Tokens.of(tenant)).json("{\"ip_octet\": {\"octet\": -1}}").send();
    Reply tooLarge = melange.post(octets).token(Tokens.of(tenant)).json("{\"ip_octet\": {\"octet\": 65536}}").send();

    assertEquals(400, negative.status());
    assertEquals(invalid("{'octet': ['octet should be between 0 and 65535']}"), negative.faultDetail());
    assertEquals(invalid("{'octet': ['octet should be between 0 and 65535']}"), tooLarge.faultDetail());
    assertEquals("422 Block policy does not allow this address", allocateSpecific(tenant, v6, "fe80::3e7"));
    assertEquals("fe80:0000:0000:0000:0000:0000:0000:03e8", allocateSpecific(tenant, v6, "fe80::3e8"),
        "Melange writes IPv6 expanded");
  }

  // --- what a policy does to its blocks ---------------------------------------------------------

  @Test
  void case_66_a_range_skips_addresses_and_refuses_them_when_asked_for() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    createRange(tenant, policy, 1, 1);
    String block = blockWithPolicy(tenant, "10.66.0.0/29", policy);
    Object strict = createPolicy(tenant, "strict").get("id");
    createRange(tenant, strict, 0, 1);
    String strictBlock = blockWithPolicy(tenant, "10.67.0.0/29", strict);

    assertEquals(List.of("10.66.0.0", "10.66.0.2"), List.of(allocateNext(tenant, block), allocateNext(tenant, block)));
    assertEquals("422 Block policy does not allow this address", allocateSpecific(tenant, strictBlock, "10.67.0.0"));
  }

  @Test
  void case_67_octets_exclude_any_address_ending_in_them() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    createOctet(tenant, policy, 123);
    createOctet(tenant, policy, 124);
    String block = blockWithPolicy(tenant, "10.0.0.0/8", policy);

    for (String excluded : List.of("10.0.0.123", "10.0.0.124", "10.124.123.123")) {
      assertEquals("422 Block policy does not allow this address", allocateSpecific(tenant, block, excluded));
    }
    assertEquals("10.124.123.6", allocateSpecific(tenant, block, "10.124.123.6"));
  }

  @Test
  void case_68_a_negative_offset_counts_from_the_end_of_the_block() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    Object range = createRange(tenant, policy, -3, 2).get("id");
    String block = blockWithPolicy(tenant, "10.68.0.0/29", policy);

    assertEquals("422 Block policy does not allow this address", allocateSpecific(tenant, block, "10.68.0.5"));
    assertEquals("422 Block policy does not allow this address", allocateSpecific(tenant, block, "10.68.0.6"));
    assertEquals("10.68.0.4", allocateSpecific(tenant, block, "10.68.0.4"));
    // .7 is the broadcast address (409 before any policy); (-3, 3) reaches it: see UnusableRangeTest.
    assertEquals(200, melange.put(policiesOf(tenant) + "/" + policy + "/unusable_ip_ranges/" + range)
        .token(Tokens.of(tenant)).json("{\"ip_range\": {\"offset\": -5, \"length\": 1}}").send().status());
    assertEquals("422 Block policy does not allow this address", allocateSpecific(tenant, block, "10.68.0.3"),
        "a changed range holds from the next allocation");
  }

  @Test
  void case_69_deleting_a_policy_in_use_frees_its_blocks_and_removes_its_rules() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    createRange(tenant, policy, 0, 1);
    createOctet(tenant, policy, 1);
    String block = blockWithPolicy(tenant, "10.69.0.0/29", policy);
    assertEquals("10.69.0.2", allocateNext(tenant, block));

    Reply deleted = melange.delete(policiesOf(tenant) + "/" + policy).token(Tokens.of(tenant)).send();

    assertEquals(200, deleted.status());
    assertEquals("", deleted.body(), "case 127");
    assertEquals("application/json", deleted.contentType(), "case 127");
    assertNull(melange.get(blocksOf(tenant) + "/" + block).token(Tokens.of(tenant)).send().object("ip_block")
        .get("policy_id"));
    Reply ranges = melange.get(policiesOf(tenant) + "/" + policy + "/unusable_ip_ranges").token(Tokens.of(tenant)).send();
    assertEquals(404, ranges.status());
    assertEquals("Policy Not Found", ranges.faultDetail());
    assertEquals("10.69.0.1", allocateSpecific(tenant, block, "10.69.0.1"), "the octet is gone with the policy");
    assertEquals("10.69.0.3", allocateNext(tenant, block));
  }

  @Test
  void case_70_ranges_and_octets_page_with_their_own_links() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    List<String> ranges = IntStream.range(0, 5).mapToObj(i -> (String) createRange(tenant, policy, i, 1).get("id"))
        .sorted().toList();
    List<String> octets = IntStream.range(0, 5).mapToObj(i -> (String) createOctet(tenant, policy, i).get("id"))
        .sorted().toList();
    String base = policiesOf(tenant) + "/" + policy;

    Reply rangePage = melange.get(base + "/unusable_ip_ranges?limit=2&marker=" + ranges.get(1)).token(Tokens.of(tenant))
        .send();
    Reply octetPage = melange.get(base + "/unusable_ip_octets?limit=2&marker=" + octets.get(1)).token(Tokens.of(tenant))
        .send();
    Reply lastOctets = melange.get(base + "/unusable_ip_octets?limit=2&marker=" + octets.get(2)).token(Tokens.of(tenant))
        .send();

    assertEquals(ranges.subList(2, 4), rangePage.list("ip_ranges").stream().map(range -> range.get("id")).toList());
    assertEquals(Set.of("limit=2", "marker=" + ranges.get(3)), Set.of(URI.create((String) rangePage
        .list("ip_ranges_links").getFirst().get("href")).getQuery().split("&")));
    assertEquals(octets.subList(2, 4), octetPage.list("ip_octets").stream().map(octet -> octet.get("id")).toList());
    assertEquals(Set.of("limit=2", "marker=" + octets.get(3)), Set.of(URI.create((String) octetPage
        .list("ip_octets_links").getFirst().get("href")).getQuery().split("&")));
    assertFalse(lastOctets.json().containsKey("ip_octets_links"));
  }

  @Test
  void case_125_in_xml_ranges_and_octets_are_ip_range_and_ip_octet_elements() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    createRange(tenant, policy, -2, 1);
    createOctet(tenant, policy, 7);
    String base = policiesOf(tenant) + "/" + policy;

    String ranges = melange.get(base + "/unusable_ip_ranges.xml").token(Tokens.of(tenant)).send().body();
    String octets = melange.get(base + "/unusable_ip_octets").accept("application/xml").token(Tokens.of(tenant))
        .send().body();

    assertTrue(ranges.startsWith("<ip_ranges>\n    <ip_range>\n"), ranges);
    assertTrue(ranges.contains("<offset>-2</offset>"), ranges);
    assertTrue(octets.startsWith("<ip_octets>\n    <ip_octet>\n"), octets);
    assertTrue(octets.contains("<octet>7</octet>"), octets);
  }

  // --- python-melangeclient 0.2.2 ---------------------------------------------------------------

  /**
   * The policy part of the captured python-melangeclient run (real-clients.md §3, steps 1–6, 10,
   * 25, 28): a trailing {@code ?}, {@code Content-Type: application/json} on every request, no
   * Accept, explicit nulls in create bodies.
   */
  @Test
  void python_melangeclient_manages_a_policy_and_its_ranges() {
    String tenant = fresh("acc-tenant");
    String token = Tokens.of(tenant);
    String policies = policiesOf(tenant);

    Reply created = melange.post(policies + "?").token(token)
        .json("{\"policy\": {\"name\": \"acc-policy\", \"description\": \"acceptance\"}}").send();
    String id = (String) created.object("policy").get("id");
    Reply listed = melange.get(policies + "?").token(token).json("").send();
    Reply shown = melange.get(policies + "/" + id + "?").token(token).json("").send();
    Reply renamed = melange.put(policies + "/" + id + "?").token(token)
        .json("{\"policy\": {\"name\": \"acc-policy-2\", \"description\": \"renamed\"}}").send();
    Reply range = melange.post(policies + "/" + id + "/unusable_ip_ranges?").token(token)
        .json("{\"ip_range\": {\"length\": 2, \"offset\": 0}}").send();
    Reply ranges = melange.get(policies + "/" + id + "/unusable_ip_ranges?").token(token).json("").send();
    Map<String, Object> block = createBlock(tenant,
        "\"network_id\": \"" + fresh("acc-net") + "\", \"cidr\": \"10.20.0.0/24\", \"type\": \"private\","
            + " \"gateway\": null, \"policy_id\": null");
    Reply blockUpdated = melange.put(blocksOf(tenant) + "/" + block.get("id") + "?").token(token)
        .json("{\"ip_block\": {\"network_id\": \"" + fresh("acc-net-2") + "\", \"policy_id\": \"" + id + "\"}}").send();
    Reply rangeDeleted = melange.delete(policies + "/" + id + "/unusable_ip_ranges/"
        + range.object("ip_range").get("id") + "?").token(token).json("").send();
    Reply policyDeleted = melange.delete(policies + "/" + id + "?").token(token).json("").send();

    assertEquals(201, created.status());
    assertEquals(200, listed.status());
    assertEquals(List.of(id), listed.list("policies").stream().map(policy -> policy.get("id")).toList());
    assertEquals("acceptance", shown.object("policy").get("description"));
    assertEquals("acc-policy-2", renamed.object("policy").get("name"));
    assertEquals(201, range.status());
    assertEquals(0, range.object("ip_range").get("offset"));
    assertEquals(1, ranges.list("ip_ranges").size());
    assertEquals(id, blockUpdated.object("ip_block").get("policy_id"));
    assertEquals(200, rangeDeleted.status());
    assertEquals(200, policyDeleted.status());
    assertEquals(404, melange.get(policies + "/" + id + "?").token(token).send().status());
  }

  @Test
  void an_allocation_reads_its_policy_afresh_so_a_new_octet_holds_at_once() {
    String tenant = fresh("tenant");
    Object policy = createPolicy(tenant, "p").get("id");
    String block = blockWithPolicy(tenant, "10.81.0.0/29", policy);
    assertEquals("10.81.0.0", allocateNext(tenant, block));

    createOctet(tenant, policy, 1);

    assertEquals("10.81.0.2", allocateNext(tenant, block));
    assertEquals("422 Block policy does not allow this address", allocateSpecific(tenant, block, "10.81.0.1"));
  }
}
