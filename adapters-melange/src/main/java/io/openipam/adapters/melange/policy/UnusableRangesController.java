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
import io.openipam.adapters.melange.fault.AnswersWithFaults;
import io.openipam.adapters.melange.http.Pagination;
import io.openipam.adapters.melange.http.RequestBodies;
import io.openipam.adapters.melange.wire.Document;
import io.openipam.application.port.in.ChangePolicyRules;
import io.openipam.application.port.in.DefinePolicy.UnusableRangeSpec;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.UnusableRange;
import io.openipam.domain.tenant.Principal;

/**
 * A policy's unusable ranges, routes #31–#35 (spec §5.5): body {@code {"ip_range": {offset,
 * length}}}, answers {@code ip_range} / {@code ip_ranges}. A body's {@code policy_id} is ignored.
 */
@Controller("/{version:v0\\.1|v1\\.0}/ipam/tenants/{tenant_id}/policies/{policy_id}/unusable_ip_ranges")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class UnusableRangesController {

  private final Callers callers;
  private final TenantPolicies tenantPolicies;
  private final RequestBodies bodies;
  private final Pagination pagination;
  private final ChangePolicyRules rules;

  UnusableRangesController(Callers callers, TenantPolicies tenantPolicies, RequestBodies bodies,
      Pagination pagination, ChangePolicyRules rules) {
    this.callers = callers;
    this.tenantPolicies = tenantPolicies;
    this.bodies = bodies;
    this.pagination = pagination;
    this.rules = rules;
  }

  /** #31: by id, paginated; a policy holds few ranges, so they are paged from the policy as read. */
  @Get
  Document list(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("policy_id") String policyId) {
    Principal caller = callers.actingFor(token, tenant);
    Policy policy = tenantPolicies.owned(caller, tenant, policyId);
    Pagination.Page<UnusableRange> page =
        pagination.page(request, (after, limit) -> PolicyRules.after(policy.ranges(), UnusableRange::id, after, limit),
            UnusableRange::id);
    return Document.page("ip_ranges", page.items().stream().map(range -> IpRangeView.of(policy.id(), range)).toList(),
        page.next());
  }

  /** #32 */
  @Post
  HttpResponse<Document> create(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("policy_id") String policyId) {
    Principal caller = callers.actingFor(token, tenant);
    Policy policy = tenantPolicies.owned(caller, tenant, policyId);
    UnusableRangeSpec range = PolicyRequests.newRange(bodies.wrapped(request, "ip_range"));
    return HttpResponse.created(
        Document.of("ip_range", IpRangeView.of(policy.id(), rules.addRange(caller, policy.id(), range))));
  }

  /** #33 */
  @Get("/{id}")
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable("policy_id") String policyId, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    Policy policy = tenantPolicies.owned(caller, tenant, policyId);
    return Document.of("ip_range", IpRangeView.of(policy.id(), rules.range(caller, policy.id(), id)));
  }

  /** #34: offset and length change when sent. */
  @Put("/{id}")
  Document update(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("policy_id") String policyId, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    Policy policy = tenantPolicies.owned(caller, tenant, policyId);
    PolicyRequests.RangeChange change = PolicyRequests.rangeChange(bodies.wrapped(request, "ip_range"));
    return Document.of("ip_range", IpRangeView.of(policy.id(),
        rules.amendRange(caller, policy.id(), id, change.offset(), change.length())));
  }

  /** #35 */
  @Delete("/{id}")
  HttpResponse<?> delete(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("policy_id") String policyId, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    Policy policy = tenantPolicies.owned(caller, tenant, policyId);
    rules.removeRange(caller, policy.id(), id);
    return HttpResponse.ok();
  }
}
