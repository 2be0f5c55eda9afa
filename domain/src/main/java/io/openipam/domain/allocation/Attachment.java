package io.openipam.domain.allocation;

import io.openipam.domain.error.Invalid;

/** What an allocation is bound to: a device (instance, server) and optionally one of its interfaces. */
public record Attachment(String deviceId, String interfaceId) {

  public Attachment {
    if (isBlank(deviceId) && isBlank(interfaceId)) {
      throw Invalid.malformed("attachment", "an attachment names a device or an interface");
    }
    check("device", deviceId);
    check("interface", interfaceId);
  }

  public static Attachment device(String deviceId) {
    return new Attachment(deviceId, null);
  }

  private static void check(String field, String value) {
    if (value != null && (value.isBlank() || value.length() > 255)) {
      throw Invalid.malformed(field, field + " id must be 1 to 255 characters");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
