package io.openipam.adapters.melange.fault;

/**
 * An error answered as a Melange Fault: an HTTP status and the specific {@code detail} text
 * (null where Melange sent {@code None}). Thrown by the facade's code; rendered in one place.
 */
public final class MelangeFault extends RuntimeException {

  private final int status;
  private final String detail;

  public MelangeFault(int status, String detail) {
    super(status + " " + detail, null, false, false);
    this.status = status;
    this.detail = detail;
  }

  public static MelangeFault notFound(String detail) {
    return new MelangeFault(404, detail);
  }

  public static MelangeFault unprocessable(String detail) {
    return new MelangeFault(422, detail);
  }

  public int status() {
    return status;
  }

  public String detail() {
    return detail;
  }
}
