package io.openipam.domain.allocation;

import io.openipam.domain.error.Invalid;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Free key/value labels. A dialect with plain tags stores each tag as a key with an empty value. */
public record Labels(SortedMap<String, String> entries) {

  public static final Labels NONE = new Labels(new TreeMap<>());
  public static final int MAX_ENTRIES = 64;

  public Labels {
    if (entries.size() > MAX_ENTRIES) {
      throw Invalid.malformed("labels", "at most " + MAX_ENTRIES + " labels");
    }
    entries.forEach((key, value) -> {
      if (key == null || key.isBlank() || key.length() > 255) {
        throw Invalid.malformed("labels", "a label key is 1 to 255 characters");
      }
      // MariaDB compares keys without trailing spaces ("a" = "a "): two such keys would collide in the store.
      if (key.endsWith(" ")) {
        throw Invalid.malformed("labels", "label key '" + key + "' ends with a space");
      }
      if (value == null || value.length() > 1024) {
        throw Invalid.malformed("labels", "label '" + key + "' needs a value of at most 1024 characters");
      }
    });
    entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
  }

  public static Labels of(Map<String, String> entries) {
    return entries == null || entries.isEmpty() ? NONE : new Labels(new TreeMap<>(entries));
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
