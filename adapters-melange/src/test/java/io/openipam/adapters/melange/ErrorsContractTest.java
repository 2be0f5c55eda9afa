package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Spec §15 cases 7–12 (errors), and the framework's own errors, which leave as Melange Faults
 * too (spec §2.7 recommendation): never a 500 or another error shape for bad input.
 */
@MicronautTest(transactional = false)
class ErrorsContractTest extends ContractTest {

  static final String BAD_REQUEST =
      "The server could not comply with the request since it is either malformed or otherwise incorrect.";

  final String tenant = fresh("errors");
  final String token = Tokens.of(tenant);
  final String blocks = blocksOf(tenant);

  @Test
  void case_07_an_unknown_block_is_a_404_fault_in_json() {
    Reply reply = melange.get(blocks + "/nonexistent").token(token).send();

    assertEquals(404, reply.status());
    assertEquals("application/json; charset=UTF-8", reply.contentType());
    assertEquals(Map.of("NotFound", Map.of("code", 404, "message", "The resource could not be found.",
        "detail", "IpBlock Not Found")), reply.json());
  }

  @Test
  void case_08_the_same_fault_in_xml() {
    Reply reply = melange.get(blocks + "/nonexistent.xml").token(token).send();

    assertEquals(404, reply.status());
    assertEquals("application/xml; charset=UTF-8", reply.contentType());
    assertEquals("""
        <NotFound code="404">
            <message>The resource could not be found.</message>
            <detail>IpBlock Not Found</detail>
        </NotFound>
        """, reply.body());
  }

  @Test
  void case_08_an_xml_accept_header_gives_an_xml_fault_too() {
    Reply reply = melange.get(blocks + "/nonexistent").token(token).accept("application/xml").send();

    assertEquals(404, reply.status());
    assertTrue(reply.body().startsWith("<NotFound code=\"404\">\n"), reply.body());
  }

  @Test
  void case_09_a_bad_cidr_is_400_cidr_is_invalid() {
    Reply reply = melange.post(blocks).token(token).json("{\"ip_block\": {\"cidr\": \"10...\", \"type\": \"public\"}}").send();

    assertEquals(400, reply.status());
    assertEquals(Map.of("BadRequest", Map.of("code", 400, "message", BAD_REQUEST,
        "detail", "The following values are invalid: {'cidr': ['cidr is invalid']}")), reply.json());
  }

  @Test
  void case_10_an_empty_body_names_both_missing_values_in_one_400() {
    Reply reply = melange.post(blocks).token(token).json("{}").send();

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'type': ['type should be one among public, private'],"
        + " 'cidr': ['cidr is invalid']}", reply.faultDetail());
  }

  @Test
  void case_11_a_body_of_another_content_type_is_415() {
    Reply reply = melange.post(blocks).token(token).body("text/plain", "cidr=10.0.0.0/24").send();

    assertEquals(415, reply.status());
    assertEquals(Map.of("UnsupportedMediaType", Map.of("code", 415, "message", BAD_REQUEST,
        "detail", "Unsupported Content-Type")), reply.json());
  }

  @Test
  void case_11_a_malformed_json_body_is_400() {
    Reply reply = melange.post(blocks).token(token).json("{\"ip_block\": {\"cidr\": ").send();

    assertEquals(400, reply.status());
    assertEquals("Malformed request body", reply.faultDetail());
  }

  @Test
  void a_malformed_xml_body_is_400_and_an_xml_entity_is_refused() {
    Reply broken = melange.post(blocks).token(token).xml("<ip_block><cidr>10.0.0.0/24</ip_block>").send();
    Reply entity = melange.post(blocks).token(token).xml("""
        <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
        <ip_block><type>private</type><cidr>&e;</cidr></ip_block>""").send();

    assertEquals(400, broken.status());
    assertEquals("Malformed request body", broken.faultDetail());
    assertEquals(400, entity.status());
    assertEquals("Malformed request body", entity.faultDetail());
  }

  @Test
  void case_12_a_collection_action_melange_lacks_is_404() {
    assertEquals(404, melange.get(blocks + "/new").token(token).send().status());
    assertEquals(404, melange.put("/v0.1/ipam/mac_address_ranges/" + UUID.randomUUID())
        .token(Tokens.OPERATOR).json("{}").send().status());
  }

  @Test
  void an_unrouted_path_is_a_404_fault_with_no_detail() {
    Reply reply = melange.get("/v0.1/ipam/nothing").token(token).send();

    assertEquals(404, reply.status());
    assertEquals("application/json; charset=UTF-8", reply.contentType());
    Map<String, Object> fault = new HashMap<>();
    fault.put("code", 404);
    fault.put("message", "The resource could not be found.");
    fault.put("detail", null);
    assertEquals(Map.of("NotFound", fault), reply.json());
    assertEquals("""
        <NotFound code="404">
            <message>The resource could not be found.</message>
            <detail>None</detail>
        </NotFound>
        """, melange.get("/v0.1/ipam/nothing.xml").token(token).send().body());
  }

  @Test
  void a_wrong_verb_on_a_known_path_is_404_as_in_melange_not_405() {
    Reply reply = melange.put(blocks).token(token).json("{}").send();

    assertEquals(404, reply.status());
    assertNull(reply.faultDetail());
    assertNull(reply.header("Allow"));
  }

  @Test
  void a_body_over_the_size_limit_is_a_413_fault() {
    String huge = "{\"ip_block\": {\"cidr\": \"10.0.0.0/24\", \"type\": \"private\", \"dns1\": \""
        + "x".repeat(200_000) + "\"}}";

    Reply reply = melange.post(blocks).token(token).json(huge).send();

    assertEquals(413, reply.status());
    assertEquals(Map.of("code", 413, "message", "The body of your request was too large for this server.",
        "detail", "None"), withNoneForNull(reply.json().get("RequestEntityTooLarge")));
  }

  @Test
  void a_path_under_an_unknown_api_version_is_a_404_fault() {
    Reply reply = melange.get("/v2.0/ipam/tenants/t/ip_blocks").token(token).send();

    assertEquals(404, reply.status());
    assertEquals("application/json; charset=UTF-8", reply.contentType());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withNoneForNull(Object fault) {
    Map<String, Object> copy = new HashMap<>((Map<String, Object>) fault);
    copy.replaceAll((key, value) -> value == null ? "None" : value);
    return copy;
  }
}
