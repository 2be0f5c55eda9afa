package io.openipam.adapters.melange.versions;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.HttpHostResolver;
import io.openipam.adapters.melange.wire.Document;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /}: the API versions, as Essex listed them (spec §1.2): v0.1 deprecated, v1.0
 * current, each linking to its root. Open to anyone, as Melange's versions app sat outside the
 * authentication pipeline.
 */
@Controller
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class VersionsController {

  private static final Map<String, Set<String>> XML_ATTRIBUTES =
      Map.of("version", Set.of("name", "status"), "link", Set.of("href", "rel"));

  private final HttpHostResolver hosts;

  VersionsController(HttpHostResolver hosts) {
    this.hosts = hosts;
  }

  @Get("/")
  Document versions(HttpRequest<?> request) {
    String base = hosts.resolve(request);
    List<VersionView> versions = List.of(
        version(base, "v0.1", "DEPRECATED"),
        version(base, "v1.0", "CURRENT"));
    return new Document("versions", versions, null, XML_ATTRIBUTES);
  }

  private static VersionView version(String base, String name, String status) {
    return new VersionView(name, status, List.of(new VersionView.Link(base + "/" + name, "self")));
  }
}
