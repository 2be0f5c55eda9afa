package io.openipam.adapters.melange.versions;

import java.util.List;

/** One API version in {@code GET /}: its name, status and self link. */
public record VersionView(String name, String status, List<Link> links) {

  /** In XML, {@code name} and {@code status} are attributes of {@code <version>}, as are a link's. */
  public record Link(String href, String rel) {}
}
