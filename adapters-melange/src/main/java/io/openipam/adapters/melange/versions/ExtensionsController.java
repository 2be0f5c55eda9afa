package io.openipam.adapters.melange.versions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.melange.auth.Callers;
import io.openipam.adapters.melange.fault.MelangeFault;
import io.openipam.adapters.melange.wire.Document;
import java.util.List;

/**
 * The extension listing Melange offered when a deployer enabled its extensions filter (spec
 * §1.1): it ships none, so the list is empty and every alias is unknown. Any authenticated
 * caller may read it: it belongs to no tenant and reveals nothing.
 */
@Controller("/{version:v0\\.1|v1\\.0}/extensions")
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class ExtensionsController {

  private final Callers callers;

  ExtensionsController(Callers callers) {
    this.callers = callers;
  }

  @Get
  Document list(@Header(Callers.TOKEN_HEADER) @Nullable String token) {
    callers.authenticated(token);
    return Document.of("extensions", List.of());
  }

  @Get("/{alias}")
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable String alias) {
    callers.authenticated(token);
    throw MelangeFault.notFound("Extension with alias " + alias + " does not exist");
  }
}
