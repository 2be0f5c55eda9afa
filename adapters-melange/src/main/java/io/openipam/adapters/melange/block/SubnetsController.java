package io.openipam.adapters.melange.block;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.openipam.adapters.melange.auth.Callers;
import io.openipam.adapters.melange.fault.AnswersWithFaults;
import io.openipam.adapters.melange.http.RequestBodies;
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.FindPools;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;

/** A block's subnets, routes #6 and #7 (spec §5.2): its child blocks. */
@Controller("/{version:v0\\.1|v1\\.0}/ipam/tenants/{tenant_id}/ip_blocks/{ip_block_id}/subnets")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class SubnetsController {

  private final Callers callers;
  private final TenantBlocks blocks;
  private final BlockRequests requests;
  private final RequestBodies bodies;
  private final FindPools findPools;
  private final CreatePool createPool;

  SubnetsController(Callers callers, TenantBlocks blocks, BlockRequests requests, RequestBodies bodies,
      FindPools findPools, CreatePool createPool) {
    this.callers = callers;
    this.blocks = blocks;
    this.requests = requests;
    this.bodies = bodies;
    this.findPools = findPools;
    this.createPool = createPool;
  }

  /** #6: the direct children, whoever owns them; not paginated. */
  @Get
  Document list(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable("ip_block_id") String parentId) {
    Principal caller = callers.actingFor(token, tenant);
    Pool parent = blocks.owned(caller, tenant, parentId);
    return Document.of("subnets", findPools.subpools(caller, parent.id()).stream().map(IpBlockView::of).toList());
  }

  /**
   * #7. The body's wrapper is {@code subnet}; {@code ip_block}, which Melange's own API document
   * shows, is accepted too.
   */
  @Post
  HttpResponse<Document> create(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String parentId) {
    Principal caller = callers.actingFor(token, tenant);
    Pool parent = blocks.owned(caller, tenant, parentId);
    CreatePool.NewPool subnet = requests.newSubnet(parent, bodies.wrapped(request, "subnet", "ip_block"));
    return HttpResponse.created(Document.of("subnet", IpBlockView.of(createPool.create(caller, subnet))));
  }
}
