package io.openipam.adapters.melange.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The XML conventions of spec §2.6, on the generic writer alone. */
class XmlTextTest {

  public record Address(String address, Integer version, String usedByDevice) {}

  public record Route(String destination) {}

  public record Flagged(boolean enabled, String name, Instant createdAt) {}

  @Test
  void list_items_are_named_after_the_list_minus_a_trailing_s_quirks_included() {
    assertEquals("""
        <ip_addresses>
            <ip_addresse>
                <address>10.0.0.1</address>
                <version>4</version>
                <used_by_device>None</used_by_device>
            </ip_addresse>
        </ip_addresses>
        """, XmlText.write(Document.of("ip_addresses", List.of(new Address("10.0.0.1", 4, null)))));
    assertEquals("<policies>\n    <policie>\n        <destination>x</destination>\n    </policie>\n</policies>\n",
        XmlText.write(Document.of("policies", List.of(new Route("x")))));
    assertEquals("<data>\n    <item>1</item>\n    <item>None</item>\n</data>\n",
        XmlText.write(Document.of("data", Arrays.asList(1, null))));
  }

  @Test
  void an_empty_list_is_an_empty_element_and_an_empty_string_is_an_empty_pair() {
    assertEquals("<ip_routes/>\n", XmlText.write(Document.of("ip_routes", List.of())));
    assertEquals("<route>\n    <destination></destination>\n</route>\n",
        XmlText.write(Document.of("route", new Route(""))));
  }

  @Test
  void scalars_print_as_python_s_str_did() {
    assertEquals("""
        <flagged>
            <enabled>True</enabled>
            <name>None</name>
            <created_at>2011-12-01 09:39:35</created_at>
        </flagged>
        """, XmlText.write(Document.of("flagged", new Flagged(true, null, Instant.parse("2011-12-01T09:39:35.123456Z")))));
  }

  @Test
  void text_and_attributes_are_escaped_as_minidom_did() {
    assertEquals("<route>\n    <destination>a&amp;b&lt;c&gt;&quot;d'</destination>\n</route>\n",
        XmlText.write(Document.of("route", new Route("a&b<c>\"d'"))));
  }

  /** Minidom wrote them as they were and made the document unreadable; a fault quotes client input. */
  @Test
  void characters_xml_cannot_carry_are_written_as_the_replacement_character() {
    assertEquals("<route>\n    <destination>a\uFFFDb\uFFFD\uFFFD\uFFFD\t\n\u00e9\ud83d\ude42</destination>\n</route>\n",
        XmlText.write(Document.of("route", new Route("a\u0000b\u001b\ud800\uFFFE\t\n\u00e9\ud83d\ude42"))));
  }

  @Test
  void named_keys_become_attributes_sorted_by_name() {
    Map<String, Object> fault = new LinkedHashMap<>();
    fault.put("message", "m");
    fault.put("code", 404);
    fault.put("detail", null);

    assertEquals("<NotFound code=\"404\">\n    <message>m</message>\n    <detail>None</detail>\n</NotFound>\n",
        XmlText.write(new Document("NotFound", fault, null, Map.of("NotFound", Set.of("code")))));
    assertEquals("<links>\n    <link href=\"h\" rel=\"self\"/>\n</links>\n",
        XmlText.write(new Document("links", List.of(Map.of("rel", "self", "href", "h")), null,
            Map.of("link", Set.of("rel", "href")))));
  }

  @Test
  void the_next_page_link_is_the_root_s_last_child() {
    assertEquals("<ip_routes>\n    <ip_route>\n        <destination>x</destination>\n    </ip_route>\n"
            + "    <link href=\"http://h/v0.1/r.xml?limit=1&amp;marker=m\" rel=\"next\"/>\n</ip_routes>\n",
        XmlText.write(Document.page("ip_routes", List.of(new Route("x")), "http://h/v0.1/r.xml?limit=1&marker=m")));
  }
}
