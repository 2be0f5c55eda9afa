package io.openipam.adapters.melange.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Spec §1.1 and §2.1: how the format and the API version are chosen. */
class NegotiationTest {

  @Test
  void only_a_json_or_xml_suffix_names_a_format() {
    assertEquals(Optional.of(Format.XML), Negotiation.bySuffix("/v0.1/ipam/tenants/t/ip_blocks.xml"));
    assertEquals(Optional.of(Format.JSON), Negotiation.bySuffix("/v0.1/x/10.0.0.1.json"));
    assertEquals(Optional.empty(), Negotiation.bySuffix("/v0.1/x/net.1"));
    assertEquals("/v0.1/x/10.0.0.1", Negotiation.withoutSuffix("/v0.1/x/10.0.0.1.json"));
    assertEquals("/v0.1/x/net.1", Negotiation.withoutSuffix("/v0.1/x/net.1"));
  }

  @Test
  void accept_quality_then_specificity_then_json() {
    assertEquals(Format.JSON, Negotiation.byAccept(null));
    assertEquals(Format.JSON, Negotiation.byAccept("application/xml, application/json"));
    assertEquals(Format.XML, Negotiation.byAccept("application/json;q=0.3, application/xml;q=0.9"));
    assertEquals(Format.XML, Negotiation.byAccept("application/json; q=0.5, application/xml"));
    assertEquals(Format.XML, Negotiation.byAccept("*/*, application/xml"));
    assertEquals(Format.JSON, Negotiation.byAccept("*/*"));
    assertEquals(Format.JSON, Negotiation.byAccept("text/html"));
    assertEquals(Format.JSON, Negotiation.byAccept("application/xml;q=0"));
    assertEquals(Format.XML, Negotiation.byAccept("application/vnd.openstack.melange+xml;version=1.0"));
    assertEquals(Format.JSON, Negotiation.byAccept("application/vnd.openstack.melange+json"));
    assertEquals(Format.XML, Negotiation.byAccept("APPLICATION/XML"));
    assertEquals(Format.JSON, Negotiation.byAccept("garbage, ;;, /"));
    assertEquals(Format.JSON, Negotiation.byAccept(",,,;;;"));
    assertEquals(Format.JSON, Negotiation.byAccept("*/*;q=abc"));
    assertEquals(Format.JSON, Negotiation.byAccept("application/xml;q=NaN"));
    assertEquals(Format.XML, Negotiation.byAccept("application/xml;q=2"));
  }

  @Test
  void a_vendor_type_with_a_version_names_the_api_version() {
    assertEquals(Optional.of("1.0"), Negotiation.acceptedVersion("application/vnd.openstack.melange+json;version=1.0"));
    assertEquals(Optional.of("66.0"), Negotiation.acceptedVersion("text/html, application/vnd.openstack.melange;version=66.0"));
    assertEquals(Optional.empty(), Negotiation.acceptedVersion("application/json;version=1.0"));
    assertEquals(Optional.empty(), Negotiation.acceptedVersion("application/vnd.openstack.melange+json"));
    assertEquals(Optional.empty(), Negotiation.acceptedVersion(null));
  }

  /** Melange answered 406 for any version it did not serve, so the version is taken as sent. */
  @Test
  void a_vendor_version_is_taken_as_sent_even_when_no_version_is_named_so() {
    assertEquals(Optional.of("abc"), Negotiation.acceptedVersion("application/vnd.openstack.melange+json;version=abc"));
    assertEquals(Optional.of(""), Negotiation.acceptedVersion("application/vnd.openstack.melange+xml;version="));
    assertEquals(Optional.of("1.0.0"), Negotiation.acceptedVersion("application/vnd.openstack.melange; version=1.0.0"));
    assertEquals(Optional.of("1.0"),
        Negotiation.acceptedVersion("application/vnd.openstack.melange+json;version=1.0;q=0.5"));
  }
}
