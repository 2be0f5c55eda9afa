-- Unusable ranges and octets are edited one by one, so each keeps its own creation and update time.
-- Rows of V1 take their policy's times.
ALTER TABLE policy_unusable_range ADD COLUMN created_at DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00';
ALTER TABLE policy_unusable_range ADD COLUMN updated_at DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00';
ALTER TABLE policy_unusable_octet ADD COLUMN created_at DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00';
ALTER TABLE policy_unusable_octet ADD COLUMN updated_at DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00';
UPDATE policy_unusable_range SET
  created_at = (SELECT p.created_at FROM policy p WHERE p.id = policy_unusable_range.policy_id),
  updated_at = (SELECT p.updated_at FROM policy p WHERE p.id = policy_unusable_range.policy_id);
UPDATE policy_unusable_octet SET
  created_at = (SELECT p.created_at FROM policy p WHERE p.id = policy_unusable_octet.policy_id),
  updated_at = (SELECT p.updated_at FROM policy p WHERE p.id = policy_unusable_octet.policy_id);

-- Pools are found by the policy they use when the policy goes.
CREATE INDEX ix_pool_policy ON pool (policy_id);

-- Static routes a pool's hosts should install; they go with their pool.
CREATE TABLE pool_static_route (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  pool_id VARCHAR(64) NOT NULL,
  destination VARCHAR(255) NOT NULL,
  netmask VARCHAR(255),
  gateway VARCHAR(255) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_static_route_pool FOREIGN KEY (pool_id) REFERENCES pool (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_static_route_pool ON pool_static_route (pool_id, id);

-- Network address translation between two allocations: the local (inside) one is reachable as the
-- global one. A pair exists once; it goes when either allocation is deleted.
CREATE TABLE address_translation (
  local_allocation_id VARCHAR(64) NOT NULL,
  global_allocation_id VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (local_allocation_id, global_allocation_id),
  CONSTRAINT fk_translation_local FOREIGN KEY (local_allocation_id) REFERENCES allocation (id) ON DELETE CASCADE,
  CONSTRAINT fk_translation_global FOREIGN KEY (global_allocation_id) REFERENCES allocation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_translation_global ON address_translation (global_allocation_id, local_allocation_id);
