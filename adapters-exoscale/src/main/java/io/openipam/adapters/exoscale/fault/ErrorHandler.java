package io.openipam.adapters.exoscale.fault;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers an {@link ExoscaleError} with its status and body; a handled error is not logged as a fault. */
@Singleton
class ErrorHandler implements ExceptionHandler<ExoscaleError, HttpResponse<ErrorBody>> {

  @Override
  public HttpResponse<ErrorBody> handle(HttpRequest request, ExoscaleError error) {
    return HttpResponse.<ErrorBody>status(HttpStatus.valueOf(error.status())).body(error.body());
  }
}
