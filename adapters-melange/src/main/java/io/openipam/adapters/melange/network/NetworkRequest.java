package io.openipam.adapters.melange.network;

import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.http.Params;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.error.Invalid;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code network.addresses} list: IPv4 and IPv6 addresses in any spelling. */
public final class NetworkRequest {

  private static final int MOST_ADDRESSES = 256;

  private NetworkRequest() {}

  /** Null when absent; a value that is no list of addresses is noted as invalid. */
  public static List<IpAddress> addresses(Params params, String field, InvalidValues problems) {
    Object value = params.values().get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?> list) || list.size() > MOST_ADDRESSES) {
      problems.add(field, field + " should be a list of at most " + MOST_ADDRESSES + " addresses");
      return null;
    }
    List<IpAddress> addresses = new ArrayList<>(list.size());
    for (Object item : list) {
      if (!(item instanceof String text)) {
        problems.add(field, field + " should hold addresses as strings");
        return null;
      }
      try {
        addresses.add(IpAddress.parse(text, field));
      } catch (Invalid invalid) {
        problems.add(field, invalid.getMessage());
        return null;
      } catch (RuntimeException unparseable) {
        problems.add(field, field + " holds an invalid address");
        return null;
      }
    }
    return addresses;
  }
}
