package io.openipam.adapters.exoscale.instance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.exoscale.auth.Caller;
import io.openipam.adapters.exoscale.auth.Callers;
import io.openipam.adapters.exoscale.eip.ElasticIps;
import io.openipam.adapters.exoscale.fault.AnswersInExoscaleShape;
import io.openipam.adapters.exoscale.http.Uuids;
import io.openipam.adapters.exoscale.http.Wire;
import io.openipam.application.port.in.AttachToDevices;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The Elastic IP side of {@code /v2/instance} (spec §8), the only place clients see attachments:
 * {@code GET /v2/instance/{id}} and {@code GET /v2/instance?ip-address=}. We own no compute
 * instances, so an instance is what the caller's Elastic IPs of this zone are attached to; any
 * other instance UUID has none ([I]: attach accepts any instance UUID, so GET answers any one
 * too, with {@code elastic-ips: []}, rather than a 404 that Terraform reads as "instance gone").
 */
@Controller("/v2/instance")
@AnswersInExoscaleShape
@Consumes(MediaType.ALL)
@Produces(MediaType.APPLICATION_JSON)
class InstanceController {

  private final Callers callers;
  private final ElasticIps elasticIps;
  private final AttachToDevices attachments;

  InstanceController(Callers callers, ElasticIps elasticIps, AttachToDevices attachments) {
    this.callers = callers;
    this.elasticIps = elasticIps;
    this.attachments = attachments;
  }

  /**
   * list-instances: the instances holding an Elastic IP of the caller, by id; with
   * {@code ip-address}, those holding the Elastic IP of that {@code ip}. Other parameters are
   * ignored, as the real API does (spec §9.2).
   */
  @Get
  Wire list(HttpRequest<?> request) {
    Caller caller = callers.of(request);
    String ipAddress = request.getParameters().get("ip-address");
    Predicate<Allocation> holding = ipAddress == null ? allocation -> true
        : withIp(IpAddress.parse(ipAddress, "ip-address").toString());
    List<Map<String, Object>> items = attached(caller, holding).entrySet().stream()
        .map(instance -> new InstanceView(instance.getKey(), instance.getValue()).listItem())
        .toList();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("instances", items);
    return () -> json;
  }

  /** get-instance: the Elastic IPs attached to it in this zone, possibly none. */
  @Get("/{id}")
  Wire get(HttpRequest<?> request, @PathVariable String id) {
    Caller caller = callers.of(request);
    String instance = Uuids.of(id, "id");
    return new InstanceView(instance, attached(caller, allocation -> true).getOrDefault(instance, List.of()));
  }

  /** The {@code ip} an Elastic IP shows (RFC 5952 text), so that any spelling of the address matches it. */
  private static Predicate<Allocation> withIp(String ip) {
    return allocation -> ElasticIps.ip(allocation).equals(ip);
  }

  /**
   * Instance id to the ids of its Elastic IPs, both in id order. Only devices named by a UUID are
   * instances: another dialect may have bound an address to something else (an interface, a
   * device of its own naming), which no Exoscale client could read as an instance id.
   */
  private Map<String, List<String>> attached(Caller caller, Predicate<Allocation> which) {
    Map<String, List<String>> instances = new TreeMap<>();
    for (Allocation allocation : elasticIps.all(caller)) {
      if (!allocation.isAttached() || !which.test(allocation)) {
        continue;
      }
      for (String device : attachments.devices(caller.principal(), allocation.id())) {
        if (isUuid(device)) {
          instances.computeIfAbsent(device, instance -> new ArrayList<>()).add(allocation.id().value());
        }
      }
    }
    return instances;
  }

  private static boolean isUuid(String deviceId) {
    try {
      return deviceId != null && UUID.fromString(deviceId).toString().equals(deviceId);
    } catch (IllegalArgumentException notUuid) {
      return false;
    }
  }
}
