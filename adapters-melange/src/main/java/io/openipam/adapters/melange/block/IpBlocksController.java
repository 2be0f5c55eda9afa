package io.openipam.adapters.melange.block;

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
import io.openipam.adapters.melange.fault.AnswersWithFaults;
import io.openipam.adapters.melange.http.Pagination;
import io.openipam.adapters.melange.http.RequestBodies;
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.AmendPool;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.FindPools;
import io.openipam.application.port.in.RemovePool;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's IP blocks, routes #1–#5 of the spec (§3.1, §5.1), under both {@code /v0.1} and
 * {@code /v1.0}. A block is one of the core's pools; the URL's tenant is its owner.
 */
@Controller("/{version:v0\\.1|v1\\.0}/ipam/tenants/{tenant_id}/ip_blocks")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class IpBlocksController {

  private final Callers callers;
  private final TenantBlocks blocks;
  private final BlockRequests requests;
  private final RequestBodies bodies;
  private final Pagination pagination;
  private final FindPools findPools;
  private final CreatePool createPool;
  private final AmendPool amendPool;
  private final RemovePool removePool;

  IpBlocksController(Callers callers, TenantBlocks blocks, BlockRequests requests, RequestBodies bodies,
      Pagination pagination, FindPools findPools, CreatePool createPool, AmendPool amendPool, RemovePool removePool) {
    this.callers = callers;
    this.blocks = blocks;
    this.requests = requests;
    this.bodies = bodies;
    this.pagination = pagination;
    this.findPools = findPools;
    this.createPool = createPool;
    this.amendPool = amendPool;
    this.removePool = removePool;
  }

  /** #1: the tenant's blocks, subnets included, by id; {@code ?type=public|private} filters exactly. */
  @Get
  Document list(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant) {
    Principal caller = callers.actingFor(token, tenant);
    String type = request.getParameters().get("type");
    Optional<Visibility> visibility = BlockType.parse(type);
    if (type != null && visibility.isEmpty()) {
      // Melange filtered on the column: no block has any other type.
      return Document.of("ip_blocks", List.of());
    }
    TenantId owner = TenantBlocks.tenantId(tenant);
    Pagination.Page<Pool> page = pagination.page(request,
        (after, limit) -> findPools.list(caller, new FindPools.Query(owner, visibility.orElse(null),
            after == null ? null : new PoolId(after), limit)),
        pool -> pool.id().value());
    return Document.page("ip_blocks", page.items().stream().map(IpBlockView::of).toList(), page.next());
  }

  /** #2 */
  @Post
  HttpResponse<Document> create(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant) {
    Principal caller = callers.actingFor(token, tenant);
    CreatePool.NewPool block =
        requests.newBlock(caller, TenantBlocks.tenantId(tenant), bodies.wrapped(request, "ip_block"));
    return HttpResponse.created(Document.of("ip_block", IpBlockView.of(createPool.create(caller, block))));
  }

  /** #3 */
  @Get("/{id}")
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    return Document.of("ip_block", IpBlockView.of(blocks.owned(caller, tenant, id)));
  }

  /** #4 */
  @Put("/{id}")
  Document update(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    Pool block = blocks.owned(caller, tenant, id);
    AmendPool.Amendment amendment = requests.amendment(caller, block, bodies.wrapped(request, "ip_block"));
    return Document.of("ip_block", IpBlockView.of(amendPool.amend(caller, block.id(), amendment)));
  }

  /** #5: the block, its subnets at every depth and all their addresses, allocated or not. */
  @Delete("/{id}")
  HttpResponse<?> delete(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    removePool.remove(caller, blocks.owned(caller, tenant, id).id());
    return HttpResponse.ok();
  }
}
