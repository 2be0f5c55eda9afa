package io.openipam.adapters.melange.fault;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers a {@link MelangeFault} with its status, keeping the fault as the body: the response
 * filter renders it in the request's format. Being a handled exception, it is not logged as an
 * unexpected error.
 */
@Singleton
class FaultHandler implements ExceptionHandler<MelangeFault, HttpResponse<MelangeFault>> {

  @Override
  public HttpResponse<MelangeFault> handle(HttpRequest request, MelangeFault fault) {
    return HttpResponse.<MelangeFault>status(HttpStatus.valueOf(fault.status())).body(fault);
  }
}
