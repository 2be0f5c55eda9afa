package io.openipam.adapters.melange.address;

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
import io.micronaut.http.annotation.Put;
import io.openipam.adapters.melange.auth.Callers;
import io.openipam.adapters.melange.block.TenantBlocks;
import io.openipam.adapters.melange.fault.AnswersWithFaults;
import io.openipam.adapters.melange.http.Pagination;
import io.openipam.adapters.melange.http.RequestBodies;
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.application.port.in.RestoreAllocation;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;

/**
 * The addresses of a block, routes #8–#12 (spec §5.3), under both {@code /v0.1} and {@code /v1.0}.
 * An address is one of the core's allocations from the block's pool; {@code {address}} is any
 * spelling of it.
 */
@Controller("/{version:v0\\.1|v1\\.0}/ipam/tenants/{tenant_id}/ip_blocks/{ip_block_id}/ip_addresses")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class BlockAddressesController {

  private final Callers callers;
  private final TenantBlocks blocks;
  private final RequestBodies bodies;
  private final Pagination pagination;
  private final BlockAllocation allocation;
  private final FindAllocations findAllocations;
  private final ReleaseAllocation release;
  private final RestoreAllocation restore;

  BlockAddressesController(Callers callers, TenantBlocks blocks, RequestBodies bodies, Pagination pagination,
      BlockAllocation allocation, FindAllocations findAllocations, ReleaseAllocation release,
      RestoreAllocation restore) {
    this.callers = callers;
    this.blocks = blocks;
    this.bodies = bodies;
    this.pagination = pagination;
    this.allocation = allocation;
    this.findAllocations = findAllocations;
    this.release = release;
    this.restore = restore;
  }

  /** #8: every address of the block, allocated or deallocated, by id. */
  @Get
  Document list(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String blockId) {
    Principal caller = callers.actingFor(token, tenant);
    Pool block = blocks.owned(caller, tenant, blockId);
    Pagination.Page<Allocation> page = pagination.page(request,
        (after, limit) -> findAllocations.list(caller, new FindAllocations.Query(null, block.id(), null,
            after == null ? null : new AllocationId(after), limit)),
        allocation -> allocation.id().value());
    return Document.page("ip_addresses", page.items().stream().map(IpAddressView::of).toList(), page.next());
  }

  /** #9: the benchmarked route; the block is read from the core's snapshot, one insert allocates. */
  @Post
  HttpResponse<Document> allocate(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String blockId) {
    Principal caller = callers.actingFor(token, tenant);
    Pool block = blocks.recentlyOwned(caller, tenant, blockId);
    AddressRequest wanted = AddressRequest.read(bodies.wrapped(request, "ip_address"));
    return HttpResponse.created(Document.of("ip_address", IpAddressView.of(allocation.allocate(caller, block, wanted))));
  }

  /** #10 */
  @Get("/{address}")
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable("ip_block_id") String blockId, @PathVariable String address) {
    Principal caller = callers.actingFor(token, tenant);
    return Document.of("ip_address", IpAddressView.of(find(caller, tenant, blockId, address)));
  }

  /**
   * #11: soft deallocation. The address stays held (and restorable) for the retention period.
   * Deallocating it again changes nothing (Melange refreshed the time; here the first one counts).
   */
  @Delete("/{address}")
  HttpResponse<?> deallocate(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String blockId,
      @PathVariable String address) {
    Principal caller = callers.actingFor(token, tenant);
    Allocation found = find(caller, tenant, blockId, address);
    if (!found.isReleased()) {
      release.release(caller, found.id(), ReleaseAllocation.WhenAttached.DETACH);
    }
    return HttpResponse.ok();
  }

  /** #12: back out of deallocation, without its interface; on an allocated address, nothing. */
  @Put("/{address}/restore")
  HttpResponse<?> restore(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String blockId,
      @PathVariable String address) {
    Principal caller = callers.actingFor(token, tenant);
    Allocation found = find(caller, tenant, blockId, address);
    if (found.isReleased()) {
      restore.restore(caller, found.id());
    }
    return HttpResponse.ok();
  }

  /** The block by id and URL tenant, then the address in it; text that is no address names none. */
  private Allocation find(Principal caller, String tenant, String blockId, String address) {
    Pool block = blocks.owned(caller, tenant, blockId);
    IpAddress parsed;
    try {
      parsed = IpAddress.parse(address);
    } catch (RuntimeException notAnAddress) {
      throw new NotFound(NotFound.Kind.ALLOCATION, address);
    }
    return findAllocations.getByAddress(caller, block.id(), parsed);
  }
}
