package io.openipam.adapters.melange.block;

import io.openipam.domain.pool.Visibility;
import java.util.Optional;

/** Melange's block {@code type}: the core's visibility under Melange's lowercase names. */
final class BlockType {

  static final String INVALID = "type should be one among public, private";

  private BlockType() {}

  /** Exactly {@code public} or {@code private}, as Melange compared them. */
  static Optional<Visibility> parse(String type) {
    if ("public".equals(type)) {
      return Optional.of(Visibility.PUBLIC);
    }
    if ("private".equals(type)) {
      return Optional.of(Visibility.PRIVATE);
    }
    return Optional.empty();
  }

  static String name(Visibility visibility) {
    return visibility == Visibility.PUBLIC ? "public" : "private";
  }
}
