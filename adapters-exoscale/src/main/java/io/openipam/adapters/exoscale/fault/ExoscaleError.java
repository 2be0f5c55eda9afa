package io.openipam.adapters.exoscale.fault;

/**
 * An error answered in Exoscale's shape: a status and {@code {"message": ...}} (spec §6.1).
 * Thrown by the facade's code; rendered in one place.
 */
public final class ExoscaleError extends RuntimeException {

  private final int status;

  public ExoscaleError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public static ExoscaleError badRequest(String message) {
    return new ExoscaleError(400, message);
  }

  public static ExoscaleError notFound(String message) {
    return new ExoscaleError(404, message);
  }

  /** Exoscale's enum error (spec §6.3): {@code Invalid value `:inetv6` at 'addressfamily' (...)}. */
  public static ExoscaleError notOneOf(String value, String field, String description, String... allowed) {
    StringBuilder text = new StringBuilder("Invalid value `:").append(value).append("` at '").append(field)
        .append("' (description: `").append(description).append("`): should be one of ");
    for (int i = 0; i < allowed.length; i++) {
      text.append(i == 0 ? ":" : ", :").append(allowed[i]);
    }
    return badRequest(text.toString());
  }

  public int status() {
    return status;
  }

  public ErrorBody body() {
    return new ErrorBody(getMessage());
  }
}
