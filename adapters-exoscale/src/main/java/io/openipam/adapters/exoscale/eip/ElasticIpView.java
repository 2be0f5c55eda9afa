package io.openipam.adapters.exoscale.eip;

import io.openipam.adapters.exoscale.http.Wire;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.HealthCheck;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An Elastic IP as clients read it (spec §2.1, §2.2): {@code id}, {@code ip} (a bare address,
 * RFC 5952 text), {@code addressfamily} and {@code cidr} always; {@code healthcheck} only for a
 * managed one, then with every tunable; {@code description} and {@code labels} only when set.
 */
record ElasticIpView(Allocation allocation, AddressFamily family) implements Wire {

  @Override
  public Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", allocation.id().value());
    json.put("ip", ElasticIps.ip(allocation));
    json.put("addressfamily", family.wire);
    json.put("cidr", allocation.prefix().toString());
    if (allocation.description() != null && !allocation.description().isEmpty()) {
      json.put("description", allocation.description());
    }
    if (allocation.healthCheck() != null) {
      json.put("healthcheck", healthCheck(allocation.healthCheck()));
    }
    if (!allocation.labels().isEmpty()) {
      json.put("labels", allocation.labels().entries());
    }
    return json;
  }

  private static Map<String, Object> healthCheck(HealthCheck check) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mode", check.mode().name().toLowerCase(Locale.ROOT));
    json.put("port", check.port());
    if (check.uri() != null) {
      json.put("uri", check.uri());
    }
    json.put("interval", check.intervalSeconds());
    json.put("timeout", check.timeoutSeconds());
    json.put("strikes-ok", check.strikesOk());
    json.put("strikes-fail", check.strikesFail());
    if (check.tlsServerName() != null) {
      json.put("tls-sni", check.tlsServerName());
    }
    json.put("tls-skip-verify", check.tlsSkipVerify());
    return json;
  }
}
