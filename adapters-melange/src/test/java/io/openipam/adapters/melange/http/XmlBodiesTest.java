package io.openipam.adapters.melange.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec §2.6, requests: how Melange's XML deserializer read a body. */
class XmlBodiesTest {

  @Test
  void the_root_is_the_wrapper_text_elements_are_strings_others_objects() {
    assertEquals(Map.of("ip_block", Map.of("type", "private", "cidr", "172.16.0.0/24")),
        XmlBodies.read("<ip_block><type>private</type><cidr>172.16.0.0/24</cidr></ip_block>"));
    assertEquals(Map.of("ip_block", Map.of("type", "private", "network", Map.of("id", "n1"))),
        XmlBodies.read("<ip_block>\n  <type>private</type>\n  <network id=\"n1\"/>\n</ip_block>"));
    assertEquals(Map.of("ip_block", Map.of()), XmlBodies.read("<ip_block/>"));
  }

  @Test
  void repeated_children_overwrite_each_other() {
    assertEquals(Map.of("network", Map.of("addresses", "b")),
        XmlBodies.read("<network><addresses>a</addresses><addresses>b</addresses></network>"));
  }

  @Test
  void malformed_xml_and_doctypes_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> XmlBodies.read("<ip_block>"));
    assertThrows(IllegalArgumentException.class, () -> XmlBodies.read("<!DOCTYPE a [<!ENTITY b \"c\">]><a>&b;</a>"));
  }
}
