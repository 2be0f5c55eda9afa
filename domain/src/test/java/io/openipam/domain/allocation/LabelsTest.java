package io.openipam.domain.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.error.Invalid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void has_none_for_a_missing_or_empty_map() {
    assertSame(Labels.NONE, Labels.of(null));
    assertSame(Labels.NONE, Labels.of(Map.of()));
    assertTrue(Labels.NONE.isEmpty());
  }

  @Test
  void keeps_labels_sorted_by_key() {
    Labels labels = Labels.of(Map.of("zone", "b", "app", "web", "env", "prod"));

    assertEquals(List.of("app", "env", "zone"), List.copyOf(labels.entries().keySet()));
  }

  @Test
  void stores_a_plain_tag_as_a_key_with_an_empty_value() {
    assertEquals("", Labels.of(Map.of("frontend", "")).entries().get("frontend"));
  }

  @Test
  void cannot_be_changed_after_creation() {
    Map<String, String> source = new HashMap<>(Map.of("app", "web"));
    Labels labels = Labels.of(source);

    source.put("env", "prod");

    assertEquals(1, labels.entries().size());
    assertThrows(UnsupportedOperationException.class, () -> labels.entries().put("env", "prod"));
  }

  @Test
  void takes_at_most_64_labels() {
    Map<String, String> sixtyFour = new TreeMap<>();
    for (int i = 0; i < 64; i++) {
      sixtyFour.put("key" + i, "v");
    }
    assertEquals(64, Labels.of(sixtyFour).entries().size());

    sixtyFour.put("one-too-many", "v");
    assertEquals("labels", assertThrows(Invalid.class, () -> Labels.of(sixtyFour)).field());
  }

  @Test
  void refuses_a_blank_or_overlong_key() {
    assertThrows(Invalid.class, () -> Labels.of(Map.of(" ", "v")));
    assertThrows(Invalid.class, () -> Labels.of(Map.of("k".repeat(256), "v")));
  }

  @Test
  void refuses_a_key_that_ends_with_a_space_which_the_store_would_take_for_the_key_without() {
    assertEquals("labels", assertThrows(Invalid.class, () -> Labels.of(Map.of("app ", "v"))).field());
    assertThrows(Invalid.class, () -> Labels.of(Map.of("app", "1", "app ", "2")));
    assertEquals(Map.of(" app", "v"), Labels.of(Map.of(" app", "v")).entries());
  }

  @Test
  void refuses_a_missing_or_overlong_value() {
    Map<String, String> missing = new HashMap<>();
    missing.put("app", null);
    assertThrows(Invalid.class, () -> Labels.of(missing));
    assertThrows(Invalid.class, () -> Labels.of(Map.of("app", "v".repeat(1025))));
    assertEquals(1024, Labels.of(Map.of("app", "v".repeat(1024))).entries().get("app").length());
  }
}
