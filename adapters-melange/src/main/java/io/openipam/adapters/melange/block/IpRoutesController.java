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
import io.openipam.application.port.in.DefineStaticRoutes;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.StaticRoute;
import io.openipam.domain.tenant.Principal;

/**
 * A block's static routes, routes #21–#25 of the spec (§5.4): the block is found by id and URL
 * tenant ({@code IpBlock Not Found}), then the route within it ({@code IpRoute Not Found}).
 */
@Controller("/{version:v0\\.1|v1\\.0}/ipam/tenants/{tenant_id}/ip_blocks/{ip_block_id}/ip_routes")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class IpRoutesController {

  private final Callers callers;
  private final TenantBlocks blocks;
  private final RequestBodies bodies;
  private final Pagination pagination;
  private final DefineStaticRoutes routes;

  IpRoutesController(Callers callers, TenantBlocks blocks, RequestBodies bodies, Pagination pagination,
      DefineStaticRoutes routes) {
    this.callers = callers;
    this.blocks = blocks;
    this.bodies = bodies;
    this.pagination = pagination;
    this.routes = routes;
  }

  /** #21: by id, paginated. */
  @Get
  Document list(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String blockId) {
    Principal caller = callers.actingFor(token, tenant);
    Pool block = blocks.owned(caller, tenant, blockId);
    Pagination.Page<StaticRoute> page = pagination.page(request,
        (after, limit) -> routes.list(caller, block.id(), after, limit), StaticRoute::id);
    return Document.page("ip_routes", page.items().stream().map(IpRouteView::of).toList(), page.next());
  }

  /** #22 */
  @Post
  HttpResponse<Document> create(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String blockId) {
    Principal caller = callers.actingFor(token, tenant);
    Pool block = blocks.owned(caller, tenant, blockId);
    DefineStaticRoutes.RouteSpec route = RouteRequests.newRoute(bodies.wrapped(request, "ip_route"));
    return HttpResponse.created(Document.of("ip_route", IpRouteView.of(routes.add(caller, block.id(), route))));
  }

  /** #23 */
  @Get("/{id}")
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable("ip_block_id") String blockId, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    Pool block = blocks.owned(caller, tenant, blockId);
    return Document.of("ip_route", IpRouteView.of(routes.get(caller, block.id(), id)));
  }

  /** #24: destination, gateway and netmask change when sent. */
  @Put("/{id}")
  Document update(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String blockId, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    Pool block = blocks.owned(caller, tenant, blockId);
    DefineStaticRoutes.RouteSpec changes = RouteRequests.changes(bodies.wrapped(request, "ip_route"));
    return Document.of("ip_route", IpRouteView.of(routes.amend(caller, block.id(), id, changes)));
  }

  /** #25 */
  @Delete("/{id}")
  HttpResponse<?> delete(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("ip_block_id") String blockId, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    routes.remove(caller, blocks.owned(caller, tenant, blockId).id(), id);
    return HttpResponse.ok();
  }
}
