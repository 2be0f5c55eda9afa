package io.openipam.adapters.scaleway.fip;

import io.openipam.adapters.scaleway.fault.ScalewayError;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.address.MacPrefix;
import java.util.Map;

/**
 * Scaleway's MAC types are the hypervisors' MAC prefixes: a MAC is generated below its type's
 * prefix, and its type is read back from the prefix (spec §3.2).
 */
final class MacTypes {

  private static final Map<String, MacPrefix> PREFIXES = Map.of(
      "kvm", MacPrefix.parse("52:54:00"),
      "vmware", MacPrefix.parse("00:50:56"),
      "xen", MacPrefix.parse("00:16:3e"));

  private MacTypes() {}

  /** 400 for {@code unknown_type} or anything else (spec §4.8). */
  static MacPrefix prefix(String type) {
    MacPrefix prefix = type == null ? null : PREFIXES.get(type);
    if (prefix == null) {
      throw type == null
          ? ScalewayError.invalid("mac_type", "required", "mac_type is required: kvm, vmware or xen")
          : ScalewayError.invalid("mac_type", "format", "mac_type must be kvm, vmware or xen, not '" + type + "'");
    }
    return prefix;
  }

  static String of(MacAddress mac) {
    return PREFIXES.entrySet().stream()
        .filter(entry -> entry.getValue().contains(mac))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("unknown_type");
  }
}
