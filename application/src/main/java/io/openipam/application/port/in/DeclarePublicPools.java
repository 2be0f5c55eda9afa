package io.openipam.application.port.in;

import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.Pool;
import java.util.List;

/**
 * Makes sure the operator's public pools named in configuration exist. Idempotent, and safe when
 * several server processes start at once.
 */
public interface DeclarePublicPools {

  record PublicPool(LocationId location, IpPrefix prefix, int unitLength) {}

  List<Pool> declare(List<PublicPool> pools);
}
