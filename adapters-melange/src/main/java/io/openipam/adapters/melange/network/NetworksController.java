package io.openipam.adapters.melange.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.melange.auth.Callers;
import io.openipam.adapters.melange.block.IpBlockView;
import io.openipam.adapters.melange.block.TenantBlocks;
import io.openipam.adapters.melange.fault.AnswersWithFaults;
import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.http.Params;
import io.openipam.adapters.melange.http.RequestBodies;
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.ConfigureInterface;
import io.openipam.application.port.in.FindPools;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.application.port.in.SearchAllocations;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A tenant's networks, routes #54–#57 (spec §5.7), on {@code /v0.1} only: the blocks of a
 * network, and an interface's addresses in it. The URL's tenant owns the network; the interface
 * is found by its id, or created for the lessee. Allocating in a network without blocks creates
 * one from {@code melange.default-cidr} when that is set, as Melange did.
 */
@Controller("/{version:v0\\.1}/ipam/tenants/{tenant_id}/networks/{network_id}")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class NetworksController {

  private final Callers callers;
  private final RequestBodies bodies;
  private final NetworkAllocation networks;
  private final ConfigureInterface configure;
  private final SearchAllocations search;
  private final FindPools pools;
  private final IpConfigurations configurations;
  private final ReleaseAllocation release;

  NetworksController(Callers callers, RequestBodies bodies, NetworkAllocation networks, ConfigureInterface configure,
      SearchAllocations search, FindPools pools, IpConfigurations configurations, ReleaseAllocation release) {
    this.callers = callers;
    this.bodies = bodies;
    this.networks = networks;
    this.configure = configure;
    this.search = search;
    this.pools = pools;
    this.configurations = configurations;
    this.release = release;
  }

  /** #54: parents and subnets alike, in creation order; not paginated. */
  @Get
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable("network_id") String network) {
    Principal caller = callers.actingFor(token, tenant);
    List<Pool> blocks = networks.blocks(caller, networkId(network), TenantBlocks.tenantId(tenant));
    return Document.of("ip_blocks", blocks.stream().map(IpBlockView::of).toList());
  }

  /**
   * #55: body {@code {"network": {addresses, tenant_id, used_by_device, mac_address}}}, all
   * optional; the lessee defaults to the network's owner. An interface the request created is
   * removed again if allocating fails.
   */
  @Post("/interfaces/{interface_id}/ip_allocations")
  HttpResponse<Document> allocate(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("network_id") String network,
      @PathVariable("interface_id") String vif) {
    Principal caller = callers.actingFor(token, tenant);
    TenantId owner = TenantBlocks.tenantId(tenant);
    NetworkId id = networkId(network);
    Params params = bodies.wrapped(request, "network");
    InvalidValues problems = new InvalidValues();
    List<IpAddress> named = NetworkRequest.addresses(params, "addresses", problems);
    TenantId lessee = params.parsed("tenant_id", TenantId::new, problems);
    String device = params.text("used_by_device", 255, problems);
    MacAddress mac = params.parsed("mac_address", MacAddress::parse, problems);
    problems.throwIfAny();
    List<Pool> blocks = networks.blocksOrDefault(caller, id, owner);
    ConfigureInterface.Configured configured = configure.findOrCreate(caller, new ConfigureInterface.Wanted(
        interfaceId(vif), lessee == null ? owner : lessee, device, mac, id));
    List<Allocation> allocated;
    try {
      allocated = networks.allocate(caller, blocks, configured.nic(), named);
    } catch (RuntimeException failed) {
      configure.undo(configured);
      throw failed;
    }
    // IPv4 first, as allocated
    return HttpResponse.created(Document.of("ip_addresses", configs(caller, allocated)));
  }

  /** #56: block by block in the network's order. */
  @Get("/interfaces/{interface_id}/ip_allocations")
  Document list(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable("network_id") String network, @PathVariable("interface_id") String vif) {
    Principal caller = callers.actingFor(token, tenant);
    List<Pool> blocks = networks.blocks(caller, networkId(network), TenantBlocks.tenantId(tenant));
    Map<PoolId, Integer> order = IntStream.range(0, blocks.size()).boxed()
        .collect(Collectors.toMap(i -> blocks.get(i).id(), Function.identity()));
    List<Allocation> allocations = inNetwork(caller, vif, networkId(network)).stream()
        .sorted(Comparator.comparing((Allocation allocation) -> order.getOrDefault(allocation.pool(), blocks.size())))
        .toList();
    return Document.of("ip_addresses", configs(caller, allocations));
  }

  /** #57: every address of the interface in a block of that network; the interface stays. */
  @Delete("/interfaces/{interface_id}/ip_allocations")
  HttpResponse<?> deallocate(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("network_id") String network,
      @PathVariable("interface_id") String vif) {
    Principal caller = callers.actingFor(token, tenant);
    networks.blocks(caller, networkId(network), TenantBlocks.tenantId(tenant));
    inNetwork(caller, vif, networkId(network))
        .forEach(allocation -> release.release(caller, allocation.id(), ReleaseAllocation.WhenAttached.DETACH));
    return HttpResponse.ok();
  }

  /** The interface's allocated addresses in blocks of the network, whoever owns them. */
  private List<Allocation> inNetwork(Principal caller, String vif, NetworkId network) {
    return search.ofInterface(caller, interfaceId(vif), AllocationState.ALLOCATED).stream()
        .filter(allocation -> network.equals(pools.holding(caller, allocation).network()))
        .toList();
  }

  private List<IpConfigView> configs(Principal caller, List<Allocation> allocations) {
    return allocations.stream()
        .map(allocation -> configurations.of(caller, allocation))
        .toList();
  }

  private static NetworkId networkId(String network) {
    try {
      return new NetworkId(network);
    } catch (Invalid notAnId) {
      throw new NotFound(NotFound.Kind.NETWORK, network);
    }
  }

  private static InterfaceId interfaceId(String vif) {
    try {
      return new InterfaceId(vif);
    } catch (Invalid notAnId) {
      throw new NotFound(NotFound.Kind.INTERFACE, vif);
    }
  }
}
