package io.openipam.adapters.exoscale.eip;

import io.openipam.adapters.exoscale.auth.Caller;
import io.openipam.adapters.exoscale.fault.ExoscaleError;
import io.openipam.adapters.exoscale.http.Uuids;
import io.openipam.application.port.in.FindPublicAllocations;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The caller's Elastic IPs in the request's zone; whatever else exists is not found, whoever holds it. */
@Singleton
public class ElasticIps {

  private final FindPublicAllocations find;

  ElasticIps(FindPublicAllocations find) {
    this.find = find;
  }

  public Allocation of(Caller caller, String id) {
    String uuid = Uuids.of(id, "id");
    Allocation allocation = find.get(caller.principal(), caller.zone().location(), new AllocationId(uuid));
    if (AddressFamily.of(allocation).isEmpty()) {
      throw ExoscaleError.notFound("Elastic IP " + uuid + " not found");
    }
    return allocation;
  }

  /** Every one of them, oldest first. */
  public List<Allocation> all(Caller caller) {
    List<Allocation> found = new ArrayList<>();
    for (AddressFamily family : AddressFamily.values()) {
      found.addAll(find.list(caller.principal(), caller.principal().tenant(), caller.zone().location(), family.family,
          family.unitLength));
    }
    found.sort(Comparator.comparing(allocation -> allocation.id().value()));
    return found;
  }

  /** The {@code ip} of an Elastic IP: for inet6 the network address plus one, the address of the /96 that is forwarded. */
  public static String ip(Allocation allocation) {
    return AddressFamily.of(allocation).orElseThrow() == AddressFamily.INET6
        ? allocation.address().plus(BigInteger.ONE).toString()
        : allocation.address().toString();
  }
}
