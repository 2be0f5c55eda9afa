package io.openipam.application.port.in;

import io.openipam.domain.address.MacAddress;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.allocation.HealthCheck;
import io.openipam.domain.allocation.Labels;
import io.openipam.domain.tenant.TenantId;

/**
 * What a caller says about a new allocation besides where it comes from. Every part may be null.
 * A null lessee means the pool's owner for an allocation from a named pool, and the caller's own
 * tenant for a public address.
 */
public record AllocationDetails(
    TenantId lessee,
    Attachment attachment,
    MacAddress mac,
    String description,
    Labels labels,
    String reverseDns,
    HealthCheck healthCheck) {

  public static final AllocationDetails NONE = new AllocationDetails(null, null, null, null, null, null, null);

  public AllocationDetails {
    labels = labels == null ? Labels.NONE : labels;
    Text.check("description", description, 1024);
    Text.check("reverse_dns", reverseDns, 255);
  }

  public AllocationDetails leasedTo(TenantId tenant) {
    return new AllocationDetails(tenant, attachment, mac, description, labels, reverseDns, healthCheck);
  }
}
