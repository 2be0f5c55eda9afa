package io.openipam.adapters.scaleway.auth;

import java.util.regex.Pattern;

/** Scaleway ids (projects, organizations, FIPs, servers, keys) are UUIDs. */
public final class Uuids {

  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Uuids() {}

  public static boolean isUuid(String text) {
    return text != null && UUID.matcher(text).matches();
  }
}
