package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec §15 cases 1–6 (versions and format), and the extensions listing of §1.1. */
@MicronautTest(transactional = false)
class VersionsAndFormatContractTest extends ContractTest {

  final String token = Tokens.of("t");

  @Test
  void case_01_versions_lists_v01_deprecated_and_v10_current_with_self_links() {
    Reply reply = melange.get("/").send();

    assertEquals(200, reply.status());
    assertEquals("application/json", reply.contentType());
    assertEquals(Map.of("versions", List.of(
        Map.of("name", "v0.1", "status", "DEPRECATED",
            "links", List.of(Map.of("href", melange.base() + "/v0.1", "rel", "self"))),
        Map.of("name", "v1.0", "status", "CURRENT",
            "links", List.of(Map.of("href", melange.base() + "/v1.0", "rel", "self"))))), reply.json());
  }

  @Test
  void case_02_versions_in_xml_is_exactly_essex_s_document() {
    Reply reply = melange.get("/").accept("application/xml").send();

    assertEquals(200, reply.status());
    assertEquals("application/xml", reply.contentType());
    assertEquals("""
        <versions>
            <version name="v0.1" status="DEPRECATED">
                <links>
                    <link href="BASE/v0.1" rel="self"/>
                </links>
            </version>
            <version name="v1.0" status="CURRENT">
                <links>
                    <link href="BASE/v1.0" rel="self"/>
                </links>
            </version>
        </versions>
        """.replace("BASE", melange.base()), reply.body());
  }

  @Test
  void case_03_the_path_suffix_wins_over_the_accept_header() {
    Reply xml = melange.get("/v0.1/ipam/tenants/t/ip_blocks.xml").token(token).accept("application/json").send();
    Reply json = melange.get("/v0.1/ipam/tenants/t/ip_blocks.json").token(token).accept("application/xml").send();

    assertEquals(200, xml.status());
    assertEquals("application/xml", xml.contentType());
    assertEquals("<ip_blocks/>\n", xml.body());
    assertEquals(200, json.status());
    assertEquals("application/json", json.contentType());
    assertEquals(Map.of("ip_blocks", List.of()), json.json());
  }

  @Test
  void case_04_accept_ties_go_to_json_quality_decides_and_vendor_types_name_a_format() {
    String blocks = "/v0.1/ipam/tenants/t/ip_blocks";

    assertEquals("application/json",
        melange.get(blocks).token(token).accept("application/xml, application/json").send().contentType());
    assertEquals("application/xml",
        melange.get(blocks).token(token).accept("application/json;q=0.3, application/xml;q=0.9").send().contentType());
    Reply vendorXml = melange.get(blocks).token(token).accept("application/vnd.openstack.melange+xml;version=66.0").send();
    assertEquals(200, vendorXml.status());
    assertEquals("<ip_blocks/>\n", vendorXml.body());
  }

  @Test
  void unknown_and_wildcard_accept_types_and_unknown_suffixes_fall_back_to_json() {
    String blocks = "/v0.1/ipam/tenants/t/ip_blocks";

    for (String accept : List.of("*/*", "text/html", "application/*", "text/plain;q=1, application/xml;q=0")) {
      Reply reply = melange.get(blocks).token(token).accept(accept).send();
      assertEquals(200, reply.status(), accept);
      assertEquals("application/json", reply.contentType(), accept);
    }
    Reply specific = melange.get(blocks).token(token).accept("*/*, application/xml").send();
    assertEquals("application/xml", specific.contentType(), "the more specific range wins a tie");
    Reply unknownSuffix = melange.get(blocks + "/nonexistent.invalid").token(token).accept("application/xml").send();
    assertEquals(404, unknownSuffix.status());
    assertTrue(unknownSuffix.body().contains("<detail>IpBlock Not Found</detail>"), unknownSuffix.body());
  }

  @Test
  void case_05_no_route_has_a_trailing_slash() {
    Reply blocks = melange.get("/v0.1/ipam/tenants/t/ip_blocks/").token(token).send();
    Reply interfaces = melange.post("/v0.1/ipam/interfaces/").token(Tokens.OPERATOR).json("{}").send();

    assertEquals(404, blocks.status());
    assertEquals(404, interfaces.status());
    assertEquals("application/json; charset=UTF-8", blocks.contentType());
  }

  @Test
  void case_06_an_unversioned_path_with_a_vendor_accept_version_is_served_by_that_version() {
    Reply v10 = melange.get("/ipam/tenants/t/ip_blocks").token(token)
        .accept("application/vnd.openstack.melange+json;version=1.0").send();
    Reply v01 = melange.get("/ipam/tenants/t/ip_blocks").token(token)
        .accept("application/vnd.openstack.melange+xml;version=0.1").send();

    assertEquals(200, v10.status());
    assertEquals(Map.of("ip_blocks", List.of()), v10.json());
    assertEquals(200, v01.status());
    assertEquals("<ip_blocks/>\n", v01.body());
  }

  @Test
  void case_06_an_unknown_accept_version_is_406_version_not_supported() {
    Reply json = melange.get("/ipam/tenants/t/ip_blocks").token(token)
        .accept("application/vnd.openstack.melange+json;version=9.0").send();
    Reply xml = melange.get("/ipam/tenants/t/ip_blocks").token(token)
        .accept("application/vnd.openstack.melange+xml;version=9.0").send();

    assertEquals(406, json.status());
    assertEquals("application/json; charset=UTF-8", json.contentType());
    assertEquals(Map.of("NotAcceptable", Map.of("code", 406,
        "message", "The server could not comply with the request since it is either malformed or otherwise incorrect.",
        "detail", "version not supported")), json.json());
    assertEquals(406, xml.status());
    assertEquals("""
        <NotAcceptable code="406">
            <message>The server could not comply with the request since it is either malformed or otherwise incorrect.</message>
            <detail>version not supported</detail>
        </NotAcceptable>
        """, xml.body());
  }

  @Test
  void a_trailing_question_mark_with_no_parameters_is_accepted() {
    Reply reply = melange.get("/v0.1/ipam/tenants/t/ip_blocks?").token(token).send();

    assertEquals(200, reply.status());
    assertEquals(Map.of("ip_blocks", List.of()), reply.json());
  }

  @Test
  void extensions_are_an_empty_list_on_both_versions_and_every_alias_is_unknown() {
    for (String version : List.of("v0.1", "v1.0")) {
      Reply list = melange.get("/" + version + "/extensions").token(token).send();
      assertEquals(200, list.status());
      assertEquals("application/json", list.contentType());
      assertEquals(Map.of("extensions", List.of()), list.json());
      assertEquals("<extensions/>\n", melange.get("/" + version + "/extensions.xml").token(token).send().body());
      Reply alias = melange.get("/" + version + "/extensions/MEL-NAT").token(token).send();
      assertEquals(404, alias.status());
      assertEquals("Extension with alias MEL-NAT does not exist", alias.faultDetail());
    }
    assertEquals(401, melange.get("/v0.1/extensions").send().status());
  }
}
