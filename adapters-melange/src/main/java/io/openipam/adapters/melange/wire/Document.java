package io.openipam.adapters.melange.wire;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One Melange response body: a single root key and its content, as Melange's serializers take a
 * dict with one top-level key. {@code nextPage} is the href of the next page of a paginated list
 * (JSON: {@code <root>_links}; XML: a {@code <link rel="next">} as the root's last child), or null.
 * {@code xmlAttributes} names, per element, the keys XML writes as attributes instead of children
 * (the versions document and faults need it; everything else has none).
 *
 * <p>Content is a wire record, a list of them, or plain values: see {@link WireTree}.
 */
public record Document(String root, Object content, String nextPage, Map<String, Set<String>> xmlAttributes) {

  public Document {
    Objects.requireNonNull(root, "root");
    xmlAttributes = xmlAttributes == null ? Map.of() : Map.copyOf(xmlAttributes);
  }

  public static Document of(String root, Object content) {
    return new Document(root, content, null, Map.of());
  }

  public static Document page(String root, Object content, String nextPage) {
    return new Document(root, content, nextPage, Map.of());
  }
}
