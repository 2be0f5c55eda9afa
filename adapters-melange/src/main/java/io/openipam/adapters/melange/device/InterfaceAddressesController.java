package io.openipam.adapters.melange.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.melange.auth.Callers;
import io.openipam.adapters.melange.fault.AnswersWithFaults;
import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.fault.MelangeFault;
import io.openipam.adapters.melange.http.Params;
import io.openipam.adapters.melange.http.RequestBodies;
import io.openipam.adapters.melange.network.IpConfigurations;
import io.openipam.adapters.melange.network.NetworkAllocation;
import io.openipam.adapters.melange.network.NetworkRequest;
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.ConfigureInterface;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.application.port.in.SearchAllocations;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.List;

/**
 * The addresses of a device's interface, routes #65 and #66 (spec §5.10), on {@code /v1.0} only.
 * [I] A singular {@code address} is read as {@code addresses: [address]}, where Melange tried it
 * on the first block of each family.
 */
@Controller("/{version:v1\\.0}/ipam/instances/{device_id}/interfaces/{interface_id}/ip_addresses")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class InterfaceAddressesController {

  private final Callers callers;
  private final RequestBodies bodies;
  private final DeviceInterfaces devices;
  private final ConfigureInterface configure;
  private final NetworkAllocation networks;
  private final SearchAllocations search;
  private final IpConfigurations configurations;
  private final ReleaseAllocation release;

  InterfaceAddressesController(Callers callers, RequestBodies bodies, DeviceInterfaces devices,
      ConfigureInterface configure, NetworkAllocation networks, SearchAllocations search, IpConfigurations configurations,
      ReleaseAllocation release) {
    this.callers = callers;
    this.bodies = bodies;
    this.devices = devices;
    this.configure = configure;
    this.networks = networks;
    this.search = search;
    this.configurations = configurations;
    this.release = release;
  }

  /** #65: body {@code {"network": {id, tenant_id, addresses | address}}}; the network is never created. */
  @Post
  HttpResponse<Document> allocate(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("device_id") String device, @PathVariable("interface_id") String id) {
    Principal caller = callers.operator(token);
    NetworkInterface nic = devices.ofDevice(caller, device, id);
    Params network = bodies.wrapped(request, "network");
    InvalidValues problems = new InvalidValues();
    NetworkId networkId = network.parsed("id", NetworkId::new, problems);
    TenantId owner = network.parsed("tenant_id", TenantId::new, problems);
    if (networkId == null && !problems.hasAny("id")) {
      problems.add("id", "id should be present");
    }
    if (owner == null && !problems.hasAny("tenant_id")) {
      problems.add("tenant_id", "tenant_id should be present");
    }
    List<IpAddress> named = NetworkRequest.addresses(network, "addresses", problems);
    IpAddress single = network.parsed("address", text -> IpAddress.parse(text, "address"), problems);
    problems.throwIfAny();
    List<Pool> blocks = networks.blocks(caller, networkId, owner);
    NetworkInterface joined = configure.findOrCreate(caller,
        new ConfigureInterface.Wanted(nic.id(), nic.tenant(), null, null, networkId)).nic();
    List<Allocation> allocated = networks.allocate(caller, blocks, joined,
        named != null ? named : single != null ? List.of(single) : null);
    return HttpResponse.created(Document.of("ip_addresses", allocated.stream()
        .map(allocation -> configurations.of(caller, allocation)).toList()));
  }

  /** #66: one address of the interface is deallocated. */
  @Delete("/{address}")
  HttpResponse<?> deallocate(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("device_id") String device, @PathVariable("interface_id") String id,
      @PathVariable String address) {
    Principal caller = callers.operator(token);
    NetworkInterface nic = devices.ofDevice(caller, device, id);
    List<Allocation> attached = search.ofInterface(caller, nic.id(), AllocationState.ALLOCATED);
    if (attached.isEmpty()) {
      throw new NotFound(NotFound.Kind.ALLOCATION, address);
    }
    Allocation found = attached.stream().filter(allocation -> matches(allocation, address)).findFirst()
        .orElseThrow(() -> notOnInterface(address, nic));
    release.release(caller, found.id(), ReleaseAllocation.WhenAttached.DETACH);
    return HttpResponse.ok();
  }

  private static boolean matches(Allocation allocation, String address) {
    try {
      return allocation.address().equals(IpAddress.parse(address));
    } catch (RuntimeException notAnAddress) {
      return false;
    }
  }



  /** Melange's detail for an address the interface does not hold: its query, as a Python dict. */
  private static MelangeFault notOnInterface(String address, NetworkInterface nic) {
    return MelangeFault.notFound("IpAddress with {'address': " + InvalidValues.quote(address) + ", 'interface_id': "
        + InvalidValues.quote(nic.id().value()) + "} for network " + nic.network() + " not found");
  }
}
