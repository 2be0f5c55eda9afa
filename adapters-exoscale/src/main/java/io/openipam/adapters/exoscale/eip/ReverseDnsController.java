package io.openipam.adapters.exoscale.eip;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.exoscale.auth.Caller;
import io.openipam.adapters.exoscale.auth.Callers;
import io.openipam.adapters.exoscale.fault.AnswersInExoscaleShape;
import io.openipam.adapters.exoscale.fault.ExoscaleError;
import io.openipam.adapters.exoscale.http.Fields;
import io.openipam.adapters.exoscale.http.JsonBodies;
import io.openipam.adapters.exoscale.http.Wire;
import io.openipam.adapters.exoscale.operation.Operations;
import io.openipam.application.port.in.AmendAllocation;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.change.Change;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /v2/reverse-dns/elastic-ip/{id}} (spec §1.3, §9.17): the Elastic IP's reverse name, the
 * core allocation's reverse DNS. {@code exo compute elastic-ip show} and Terraform's refresh
 * read it every time: no record is a 404, which both tolerate. Update is POST.
 */
@Controller("/v2/reverse-dns/elastic-ip")
@AnswersInExoscaleShape
@Consumes(MediaType.ALL)
@Produces(MediaType.APPLICATION_JSON)
class ReverseDnsController {

  static final int DOMAIN_NAME_LENGTH = 253;

  private final Callers callers;
  private final JsonBodies bodies;
  private final ElasticIps elasticIps;
  private final AmendAllocation amend;
  private final Operations operations;

  ReverseDnsController(Callers callers, JsonBodies bodies, ElasticIps elasticIps, AmendAllocation amend,
      Operations operations) {
    this.callers = callers;
    this.bodies = bodies;
    this.elasticIps = elasticIps;
    this.amend = amend;
    this.operations = operations;
  }

  /** get-reverse-dns-elastic-ip */
  @Get("/{id}")
  Wire get(HttpRequest<?> request, @PathVariable String id) {
    Caller caller = callers.of(request);
    Allocation allocation = elasticIps.of(caller, id);
    if (allocation.reverseDns() == null) {
      throw ExoscaleError.notFound("No reverse DNS record for Elastic IP " + allocation.id());
    }
    return () -> Map.of("domain-name", allocation.reverseDns());
  }

  /** update-reverse-dns-elastic-ip: {@code {"domain-name": "..."}}, 1 to 253 characters. */
  @Post("/{id}")
  Wire update(HttpRequest<?> request, @PathVariable String id) {
    Caller caller = callers.of(request);
    Allocation current = elasticIps.of(caller, id);
    Fields body = bodies.object(request, caller.body());
    String name = body.string("domain-name");
    if (name == null) {
      throw ExoscaleError.badRequest("Invalid request: missing 'domain-name'");
    }
    if (name.isEmpty() || name.length() > DOMAIN_NAME_LENGTH) {
      throw body.invalid("domain-name", "should be 1 to " + DOMAIN_NAME_LENGTH + " characters");
    }
    if (name.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.isISOControl(c))) {
      throw body.invalid("domain-name", "a domain name has no spaces or control characters");
    }
    return amended(caller, current, Optional.of(name));
  }

  /** delete-reverse-dns-elastic-ip */
  @Delete("/{id}")
  Wire delete(HttpRequest<?> request, @PathVariable String id) {
    Caller caller = callers.of(request);
    return amended(caller, elasticIps.of(caller, id), Optional.empty());
  }

  private Wire amended(Caller caller, Allocation current, Optional<String> reverseDns) {
    AmendAllocation.Amendment amendment = new AmendAllocation.Amendment(null, null, reverseDns, null, null);
    return operations.accepted(caller, amend.amend(caller.principal(), current.id(), null, amendment),
        Change.Kind.AMENDED);
  }
}
