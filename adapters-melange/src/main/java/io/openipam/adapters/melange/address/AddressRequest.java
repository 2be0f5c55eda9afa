package io.openipam.adapters.melange.address;

import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.http.Params;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.tenant.TenantId;

/**
 * The body of {@code POST .../ip_addresses} (spec §5.3): every field optional. {@code interface_id}
 * names the caller's interface, {@code tenant_id} the lessee, {@code used_by_device} and
 * {@code mac_address} describe an interface created now, {@code address} asks for that address.
 * What does not parse is a 400 naming every bad field, where Melange failed with a 500 [I].
 */
record AddressRequest(InterfaceId interfaceId, TenantId lessee, String deviceId, MacAddress mac, IpAddress address) {

  private static final int TEXT_LIMIT = 255;

  static AddressRequest read(Params params) {
    InvalidValues problems = new InvalidValues();
    AddressRequest request = new AddressRequest(
        params.parsed("interface_id", InterfaceId::new, problems),
        params.parsed("tenant_id", TenantId::new, problems),
        params.text("used_by_device", TEXT_LIMIT, problems),
        params.parsed("mac_address", MacAddress::parse, problems),
        params.parsed("address", text -> IpAddress.parse(text, "address"), problems));
    problems.throwIfAny();
    return request;
  }


}
