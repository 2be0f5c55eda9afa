package io.openipam.adapters.exoscale.operation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.exoscale.auth.Caller;
import io.openipam.adapters.exoscale.auth.Callers;
import io.openipam.adapters.exoscale.fault.AnswersInExoscaleShape;
import io.openipam.adapters.exoscale.fault.ExoscaleError;
import io.openipam.adapters.exoscale.http.Uuids;
import io.openipam.adapters.exoscale.http.Wire;
import io.openipam.application.port.in.FindChanges;
import io.openipam.domain.change.ChangeId;

/** {@code GET /v2/operation/{id}} (get-operation, spec §4.2): only the caller's, only this zone's. */
@Controller("/v2/operation")
@AnswersInExoscaleShape
@Consumes(MediaType.ALL)
@Produces(MediaType.APPLICATION_JSON)
class OperationController {

  private final Callers callers;
  private final FindChanges findChanges;

  OperationController(Callers callers, FindChanges findChanges) {
    this.callers = callers;
    this.findChanges = findChanges;
  }

  @Get("/{id}")
  Wire get(HttpRequest<?> request, @PathVariable String id) {
    Caller caller = callers.of(request);
    String operation = Uuids.of(id, "id");
    return findChanges.find(caller.principal(), new ChangeId(operation))
        .filter(change -> caller.zone().location().equals(change.location()))
        .map(change -> (Wire) new OperationView(change, OperationView.SUCCESS))
        .orElseThrow(() -> ExoscaleError.notFound("Operation " + operation + " not found"));
  }
}
