package io.openipam.adapters.melange.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.melange.auth.Callers;
import io.openipam.adapters.melange.fault.AnswersWithFaults;
import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.http.RequestBodies;
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.MacAddressRanges;
import io.openipam.domain.device.MacRangeId;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.tenant.Principal;

/**
 * The MAC address ranges, routes #50–#53 (spec §5.13): global, for operators (Melange's role
 * admin); not paginated; no update. [I] The cidr is checked ({@code <MAC>/<0..48>}, else 400),
 * where Melange stored anything and failed later; interfaces keep the MACs of a deleted range.
 */
@Controller("/{version:v0\\.1|v1\\.0}/ipam/mac_address_ranges")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class MacAddressRangesController {

  private final Callers callers;
  private final RequestBodies bodies;
  private final MacAddressRanges ranges;

  MacAddressRangesController(Callers callers, RequestBodies bodies, MacAddressRanges ranges) {
    this.callers = callers;
    this.bodies = bodies;
    this.ranges = ranges;
  }

  /** #50, in creation order: the order they hand out addresses in. */
  @Get
  Document list(@Header(Callers.TOKEN_HEADER) @Nullable String token) {
    Principal caller = callers.operator(token);
    return Document.of("mac_address_ranges", ranges.list(caller).stream().map(MacAddressRangeView::of).toList());
  }

  /** #51 */
  @Post
  HttpResponse<Document> create(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token) {
    Principal caller = callers.operator(token);
    InvalidValues problems = new InvalidValues();
    String cidr = bodies.wrapped(request, "mac_address_range").text("cidr", problems);
    problems.throwIfAny();
    if (cidr == null) {
      throw InvalidValues.of("cidr", "cidr should be present");
    }
    return HttpResponse.created(Document.of("mac_address_range",
        MacAddressRangeView.of(ranges.define(caller, cidr))));
  }

  /** #52 */
  @Get("/{id}")
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable String id) {
    Principal caller = callers.operator(token);
    return Document.of("mac_address_range", MacAddressRangeView.of(ranges.get(caller, rangeId(id))));
  }

  /** #53 */
  @Delete("/{id}")
  HttpResponse<?> delete(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable String id) {
    Principal caller = callers.operator(token);
    ranges.remove(caller, rangeId(id));
    return HttpResponse.ok();
  }

  private static MacRangeId rangeId(String id) {
    try {
      return new MacRangeId(id);
    } catch (Invalid notAnId) {
      throw new NotFound(NotFound.Kind.MAC_RANGE, id);
    }
  }
}
