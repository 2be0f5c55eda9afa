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
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.UnusableOctet;
import io.openipam.domain.tenant.Principal;

/**
 * A policy's unusable octets, routes #36–#40 (spec §5.5): body {@code {"ip_octet": {octet}}},
 * answers {@code ip_octet} / {@code ip_octets}; an update is a PUT (the API document's POST has no
 * route). A body's {@code policy_id} is ignored.
 */
@Controller("/{version:v0\\.1|v1\\.0}/ipam/tenants/{tenant_id}/policies/{policy_id}/unusable_ip_octets")
@AnswersWithFaults
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class UnusableOctetsController {

  private final Callers callers;
  private final TenantPolicies tenantPolicies;
  private final RequestBodies bodies;
  private final Pagination pagination;
  private final ChangePolicyRules rules;

  UnusableOctetsController(Callers callers, TenantPolicies tenantPolicies, RequestBodies bodies,
      Pagination pagination, ChangePolicyRules rules) {
    this.callers = callers;
    this.tenantPolicies = tenantPolicies;
    this.bodies = bodies;
    this.pagination = pagination;
    this.rules = rules;
  }

  /** #36: by id, paginated, from the policy as read. */
  @Get
  Document list(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("policy_id") String policyId) {
    Principal caller = callers.actingFor(token, tenant);
    Policy policy = tenantPolicies.owned(caller, tenant, policyId);
    Pagination.Page<UnusableOctet> page =
        pagination.page(request, (after, limit) -> PolicyRules.after(policy.octets(), UnusableOctet::id, after, limit),
            UnusableOctet::id);
    return Document.page("ip_octets", page.items().stream().map(octet -> IpOctetView.of(policy.id(), octet)).toList(),
        page.next());
  }

  /** #37 */
  @Post
  HttpResponse<Document> create(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("policy_id") String policyId) {
    Principal caller = callers.actingFor(token, tenant);
    Policy policy = tenantPolicies.owned(caller, tenant, policyId);
    int octet = PolicyRequests.newOctet(bodies.wrapped(request, "ip_octet"));
    return HttpResponse.created(
        Document.of("ip_octet", IpOctetView.of(policy.id(), rules.addOctet(caller, policy.id(), octet))));
  }

  /** #38 */
  @Get("/{id}")
  Document show(@Header(Callers.TOKEN_HEADER) @Nullable String token, @PathVariable("tenant_id") String tenant,
      @PathVariable("policy_id") String policyId, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    Policy policy = tenantPolicies.owned(caller, tenant, policyId);
    return Document.of("ip_octet", IpOctetView.of(policy.id(), rules.octet(caller, policy.id(), id)));
  }

  /** #39: the octet changes when sent. */
  @Put("/{id}")
  Document update(HttpRequest<?> request, @Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("policy_id") String policyId, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    Policy policy = tenantPolicies.owned(caller, tenant, policyId);
    Integer octet = PolicyRequests.octetChange(bodies.wrapped(request, "ip_octet"));
    return Document.of("ip_octet", IpOctetView.of(policy.id(), rules.amendOctet(caller, policy.id(), id, octet)));
  }

  /** #40 */
  @Delete("/{id}")
  HttpResponse<?> delete(@Header(Callers.TOKEN_HEADER) @Nullable String token,
      @PathVariable("tenant_id") String tenant, @PathVariable("policy_id") String policyId, @PathVariable String id) {
    Principal caller = callers.actingFor(token, tenant);
    Policy policy = tenantPolicies.owned(caller, tenant, policyId);
    rules.removeOctet(caller, policy.id(), id);
    return HttpResponse.ok();
  }
}
