package io.openipam.adapters.melange.policy;

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
import io.openipam.application.port.in.AmendPolicy;
import io.openipam.application.port.in.DefinePolicy;
import io.openipam.application.port.in.RemovePolicy;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;

/**
 * A tenant's policies, routes #26–#30 of the spec (§3.1, §5.5). The URL's tenant owns them; a
 * body's {@code tenant_id} is ignored.
 */
@Controller("/{version:v0\\.1|v1\\.0}/ipam/tenants/{tenant_id}/policies")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class PoliciesController {

  private final Callers callers;
  private final TenantPolicies tenantPolicies;
  private final RequestBodies bodies;
  private final Pagination pagination;
  private final DefinePolicy definePolicy;
  private final AmendPolicy amendPolicy;
  private final RemovePolicy removePolicy;

  PoliciesController(Callers callers, TenantPolicies tenantPolicies, RequestBodies bodies, Pagination pagination,
      DefinePolicy definePolicy, AmendPolicy amendPolicy, RemovePolicy removePolicy) {
    this.callers = callers;
    this.tenantPolicies = tenantPolicies;
    this.bodies = bodies;
    this.pagination = pagination;
    this.definePolicy = definePolicy;
    this.amendPolicy = amendPolicy;
    this.removePolicy = removePolicy;
  }

  /** #26: by id, paginated. */
  @Get
  Document list(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant) {
    Principal caller = callers.actingFor(token, tenant);
    TenantId owner = TenantBlocks.tenantId(tenant);
    Pagination.Page<Policy> page = pagination.page(request,
        (after, limit) -> definePolicy.list(caller,
            new DefinePolicy.Query(owner, after == null ? null : new PolicyId(after), limit)),
        policy -> policy.id().value());
    return Document.page("policies", page.items().stream().map(PolicyView::of).toList(), page.next());
  }

  /** #27 */
  @Post
  HttpResponse<Document> create(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant) {
    Principal caller = callers.actingFor(token, tenant);
    DefinePolicy.NewPolicy policy =
        PolicyRequests.newPolicy(TenantBlocks.tenantId(tenant), bodies.wrapped(request, "policy"));
    return HttpResponse.created(Document.of("policy", PolicyView.of(definePolicy.define(caller, policy))));
  }

  /** #28 */
  @Get("/{id}")
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    return Document.of("policy", PolicyView.of(tenantPolicies.owned(caller, tenant, id)));
  }

  /** #29: name and description change when sent. */
  @Put("/{id}")
  Document update(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    Policy policy = tenantPolicies.owned(caller, tenant, id);
    AmendPolicy.Amendment amendment = PolicyRequests.amendment(bodies.wrapped(request, "policy"));
    return Document.of("policy", PolicyView.of(amendPolicy.amend(caller, policy.id(), amendment)));
  }

  /** #30: with its ranges and octets; the blocks that used it go on without a policy. */
  @Delete("/{id}")
  HttpResponse<?> delete(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    removePolicy.remove(caller, tenantPolicies.owned(caller, tenant, id).id());
    return HttpResponse.ok();
  }
}
