package io.openipam.adapters.melange.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Melange's JSON: Python's json.dumps layout, naive UTC timestamps (spec §2.4, §2.5). */
class JsonTextTest {

  public record Block(String id, String networkId, Integer version, Boolean full, Instant createdAt) {}

  @Test
  void a_record_is_an_object_of_its_components_in_snake_case_and_order() {
    assertEquals("{\"ip_block\": {\"id\": \"b1\", \"network_id\": null, \"version\": 4, \"full\": false,"
            + " \"created_at\": \"2011-12-01T09:39:35\"}}",
        JsonText.write(Document.of("ip_block", new Block("b1", null, 4, false, Instant.parse("2011-12-01T09:39:35.999Z")))));
  }

  @Test
  void a_page_with_more_to_come_carries_its_links_key() {
    assertEquals("{\"ip_blocks\": [], \"ip_blocks_links\": [{\"rel\": \"next\", \"href\": \"http://h/x?marker=m\"}]}",
        JsonText.write(Document.page("ip_blocks", List.of(), "http://h/x?marker=m")));
    assertEquals("{\"ip_blocks\": []}", JsonText.write(Document.page("ip_blocks", List.of(), null)));
  }

  @Test
  void strings_are_escaped_and_non_ascii_written_as_escapes() {
    assertEquals("{\"s\": \"a\\\"b\\\\c\\nd\\u0001\\u00e9\\u20ac\"}", JsonText.write(Document.of("s", "a\"b\\c\nd\u0001é€")));
  }
}
