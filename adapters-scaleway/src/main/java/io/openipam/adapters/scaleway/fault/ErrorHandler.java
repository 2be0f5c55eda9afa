package io.openipam.adapters.scaleway.fault;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers a {@link ScalewayError} with its status, keeping the error as the body for
 * {@code http.ScalewayResponses} to write. A handled exception is not logged as unexpected.
 */
@Singleton
class ErrorHandler implements ExceptionHandler<ScalewayError, HttpResponse<ScalewayError>> {

  @Override
  public HttpResponse<ScalewayError> handle(HttpRequest request, ScalewayError error) {
    return HttpResponse.<ScalewayError>status(HttpStatus.valueOf(error.status())).body(error);
  }
}
