package io.openipam.adapters.exoscale.eip;

import io.openipam.adapters.exoscale.auth.Caller;
import io.openipam.adapters.exoscale.fault.ExoscaleError;
import io.openipam.adapters.exoscale.http.Uuids;
import io.openipam.application.port.in.FindPublicAllocations;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import jakarta.inject.Singleton;

/** Finds the caller's Elastic IP in the request's zone; 404 for anything else, whoever holds it. */
@Singleton
class ElasticIps {

  private final FindPublicAllocations find;

  ElasticIps(FindPublicAllocations find) {
    this.find = find;
  }

  Allocation of(Caller caller, String id) {
    String uuid = Uuids.of(id, "id");
    Allocation allocation = find.get(caller.principal(), caller.zone().location(), new AllocationId(uuid));
    if (AddressFamily.of(allocation).isEmpty()) {
      throw ExoscaleError.notFound("Elastic IP " + uuid + " not found");
    }
    return allocation;
  }
}
