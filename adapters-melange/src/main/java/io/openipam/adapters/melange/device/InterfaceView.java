package io.openipam.adapters.melange.device;

import io.openipam.adapters.melange.network.IpConfigView;
import java.time.Instant;
import java.util.List;

/**
 * An {@code interface} on the wire (spec §4.4): exactly {@code id}, {@code device_id},
 * {@code tenant_id}, timestamps, the MAC upper-case with colons (or null), and its allocated
 * addresses as IP configurations.
 */
public record InterfaceView(String id, String deviceId, String tenantId, Instant createdAt, Instant updatedAt,
    String macAddress, List<IpConfigView> ipAddresses) {}
