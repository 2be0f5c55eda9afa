package io.openipam.adapters.scaleway.fip;

import io.openipam.adapters.scaleway.fault.ScalewayError;
import io.openipam.domain.allocation.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Tags are labels with empty values. A label another facade set with a value shows as
 * {@code key=value}, so nothing is hidden; tags come back in label order, without duplicates.
 */
final class Tags {

  static final int MAX_TAGS = 50;
  static final int MAX_LENGTH = 128;

  private Tags() {}

  static List<String> of(Labels labels) {
    List<String> tags = new ArrayList<>();
    labels.entries().forEach((key, value) -> tags.add(value.isEmpty() ? key : key + "=" + value));
    return tags;
  }

  /** Spec §9 [I]: at most 50 tags of at most 128 characters, none blank. */
  static Labels labels(List<String> tags) {
    if (tags.size() > MAX_TAGS) {
      throw ScalewayError.invalid("tags", "constraint", "at most " + MAX_TAGS + " tags");
    }
    TreeMap<String, String> entries = new TreeMap<>();
    for (String tag : tags) {
      if (tag.isBlank() || tag.length() > MAX_LENGTH) {
        throw ScalewayError.invalid("tags", "constraint", "a tag is 1 to " + MAX_LENGTH + " characters");
      }
      entries.put(tag, "");
    }
    return Labels.of(entries);
  }
}
