package io.openipam.adapters.scaleway.fip;

import io.openipam.adapters.scaleway.ScalewaySettings;
import io.openipam.adapters.scaleway.auth.Project;
import io.openipam.adapters.scaleway.auth.Projects;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.Settling;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An allocation as a Scaleway {@code FlexibleIP} (spec §3.1): every field present, unset ones
 * as {@code null}, tags {@code []} and description {@code ""} when empty.
 */
@Singleton
class FlexibleIpViews {

  private final Projects projects;
  private final Transitions transitions;
  private final String reverseDomain;

  FlexibleIpViews(Projects projects, Transitions transitions, ScalewaySettings settings) {
    this.projects = projects;
    this.transitions = transitions;
    this.reverseDomain = settings.reverseDomain();
  }

  /** The FIP as it shows now, in its settling window if one is under way (spec §5). */
  Map<String, Object> of(Allocation allocation, String zone) {
    return of(allocation, zone, transitions.current(allocation.id()).orElse(null));
  }

  /** {@code settling}: its window under way, or null. A FIP released while attached shows as it was, detaching. */
  Map<String, Object> of(Allocation allocation, String zone, Settling settling) {
    Project project = projects.ofTenant(allocation.lessee());
    Settling.Phase phase = settling == null ? null : settling.phase();
    String status = Transitions.status(allocation, settling);
    String server = allocation.isAttached() ? allocation.attachment().deviceId() : null;
    if (phase == Settling.Phase.ATTACHING) {
      server = null;
    } else if (phase == Settling.Phase.DETACHING || phase == Settling.Phase.RELEASING) {
      server = settling.leavingDevice();
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", allocation.id().value());
    view.put("organization_id", project.organization());
    view.put("project_id", project.id());
    view.put("description", allocation.description() == null ? "" : allocation.description());
    view.put("tags", Tags.of(allocation.labels()));
    view.put("updated_at", allocation.updatedAt().toString());
    view.put("created_at", allocation.createdAt().toString());
    view.put("status", status);
    view.put("ip_address", ipAddress(allocation));
    view.put("mac_address", allocation.mac() == null ? null : mac(allocation, zone, phase));
    view.put("server_id", server);
    view.put("reverse", allocation.reverseDns() == null ? defaultReverse(allocation) : allocation.reverseDns());
    view.put("zone", zone);
    return view;
  }

  Map<String, Object> list(List<Map<String, Object>> fips, long total) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("flexible_ips", new ArrayList<>(fips));
    envelope.put("total_count", total);
    return envelope;
  }

  /** IPv4: the bare address; IPv6: the prefix in CIDR form (spec §3.1). */
  private static String ipAddress(Allocation allocation) {
    return allocation.prefix().family() == IpFamily.V4 && allocation.prefix().length() == 32
        ? allocation.address().toString()
        : allocation.prefix().toString();
  }

  private String defaultReverse(Allocation allocation) {
    String name = allocation.prefix().family() == IpFamily.V4
        ? allocation.address().toString().replace('.', '-')
        : allocation.address().toString().replace(':', '-');
    return name + "." + reverseDomain + ".";
  }

  /**
   * The MAC object (spec §3.2). Its id is derived from the MAC itself, so every FIP of a MAC
   * group shows the same id, distinct from any FIP's. Its times are the FIP's last change.
   */
  private static Map<String, Object> mac(Allocation allocation, String zone, Settling.Phase phase) {
    MacAddress mac = allocation.mac();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", UUID.nameUUIDFromBytes(("mac " + mac).getBytes(StandardCharsets.UTF_8)).toString());
    view.put("mac_address", mac.toString());
    view.put("mac_type", MacTypes.of(mac));
    view.put("status", phase == Settling.Phase.RECONFIGURING ? "updating" : allocation.isAttached() ? "used" : "ready");
    view.put("updated_at", allocation.updatedAt().toString());
    view.put("created_at", allocation.updatedAt().toString());
    view.put("zone", zone);
    return view;
  }
}
