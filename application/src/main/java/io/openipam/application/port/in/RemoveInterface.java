package io.openipam.application.port.in;

import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.tenant.Principal;

/**
 * Deletes an interface: its addresses are released (into quarantine, detached) and its MAC goes
 * back to the range it came from.
 */
public interface RemoveInterface {

  void remove(Principal caller, InterfaceId id);
}
