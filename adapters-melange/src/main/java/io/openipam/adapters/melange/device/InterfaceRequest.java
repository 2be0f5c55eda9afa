package io.openipam.adapters.melange.device;

import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.http.Params;
import io.openipam.adapters.melange.network.NetworkRequest;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /ipam/interfaces} (spec §5.8): {@code id}, {@code tenant_id} (required,
 * the lessee), {@code device_id}, {@code mac_address}, and an optional {@code network} to allocate
 * from at once, {@code {id, tenant_id, addresses}}, whose tenant is the network's owner. [I] A
 * network without its id or tenant is a 400, where Melange failed with a 500.
 */
record InterfaceRequest(InterfaceId id, TenantId tenant, String deviceId, MacAddress mac, Network network) {

  /** Where to allocate from: the owner's network, and the addresses named (null: one per family). */
  record Network(NetworkId id, TenantId owner, List<IpAddress> addresses) {}

  private static final int TEXT_LIMIT = 255;

  static InterfaceRequest read(Params params) {
    InvalidValues problems = new InvalidValues();
    InterfaceId id = params.parsed("id", InterfaceId::new, problems);
    TenantId tenant = requiredTenant(params, problems);
    String device = params.text("device_id", TEXT_LIMIT, problems);
    MacAddress mac = params.parsed("mac_address", MacAddress::parse, problems);
    Network network = network(params, problems);
    problems.throwIfAny();
    return new InterfaceRequest(id, tenant, device, mac, network);
  }

  /**
   * An interface of a device's (spec §5.9): its tenant and device are given, the item names a
   * MAC and a network at most; [I] other keys (an {@code id}) are ignored, where Melange failed.
   */
  static InterfaceRequest ofDevice(Params item, TenantId tenant, String deviceId, InvalidValues problems) {
    return new InterfaceRequest(null, tenant, deviceId, item.parsed("mac_address", MacAddress::parse, problems),
        network(item, problems));
  }

  /** The tenant a body names, noted as missing when it names none. */
  static TenantId requiredTenant(Params params, InvalidValues problems) {
    TenantId tenant = params.parsed("tenant_id", TenantId::new, problems);
    if (tenant == null && !problems.hasAny("tenant_id")) {
      problems.add("tenant_id", "tenant_id should be present");
    }
    return tenant;
  }

  static Network network(Params params, InvalidValues problems) {
    Object value = params.values().get("network");
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> map)) {
      problems.add("network", "network should be an object");
      return null;
    }
    @SuppressWarnings("unchecked")
    Params network = new Params((Map<String, Object>) map);
    NetworkId id = network.parsed("id", NetworkId::new, problems);
    TenantId owner = network.parsed("tenant_id", TenantId::new, problems);
    if (id == null && !problems.hasAny("id")) {
      problems.add("network", "network id should be present");
    }
    if (owner == null && !problems.hasAny("tenant_id")) {
      problems.add("network", "network tenant_id should be present");
    }
    return new Network(id, owner, NetworkRequest.addresses(network, "addresses", problems));
  }

}
