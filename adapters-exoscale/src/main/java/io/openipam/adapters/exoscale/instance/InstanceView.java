package io.openipam.adapters.exoscale.instance;

import io.openipam.adapters.exoscale.http.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance as far as this facade knows it: an id the caller attached Elastic IPs to. Its
 * {@code name} is its id ([I]: we own no instances, and {@code exo compute elastic-ip show}
 * prints the names of the attached instances); {@code elastic-ips} is always present, as
 * {@code [{"id": ...}]} references (spec §8), and only in the single-instance view: the list of
 * the v3 model carries none.
 */
record InstanceView(String id, List<String> elasticIps) implements Wire {

  @Override
  public Map<String, Object> json() {
    Map<String, Object> json = listItem();
    json.put("elastic-ips", elasticIps.stream().map(elasticIp -> Map.of("id", elasticIp)).toList());
    return json;
  }

  Map<String, Object> listItem() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("name", id);
    return json;
  }
}
