-- The IPAM core's tables. Written for MySQL/MariaDB and run unchanged on H2 in MySQL mode.
-- Identifiers and tenants compare byte for byte (utf8mb4_bin): 'Tenant' and 'tenant' are two tenants.

-- One row per address space whose placement checks must not run side by side.
CREATE TABLE placement_lock (
  space VARCHAR(300) NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO placement_lock (space) VALUES ('public');

CREATE TABLE policy (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  owner_tenant VARCHAR(255) NOT NULL,
  name VARCHAR(255),
  description VARCHAR(1024),
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_policy_owner ON policy (owner_tenant, id);

CREATE TABLE policy_unusable_range (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  policy_id VARCHAR(64) NOT NULL,
  range_offset BIGINT NOT NULL,
  range_length BIGINT NOT NULL,
  CONSTRAINT fk_range_policy FOREIGN KEY (policy_id) REFERENCES policy (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE policy_unusable_octet (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  policy_id VARCHAR(64) NOT NULL,
  octet INT NOT NULL,
  CONSTRAINT fk_octet_policy FOREIGN KEY (policy_id) REFERENCES policy (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Addresses are fixed-width big-endian bytes (4 or 16), so byte order is address order and
-- overlap checks are range comparisons on an index.
CREATE TABLE pool (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  owner_tenant VARCHAR(255) NOT NULL,
  family TINYINT NOT NULL,
  first_address VARBINARY(16) NOT NULL,
  last_address VARBINARY(16) NOT NULL,
  prefix_length SMALLINT NOT NULL,
  unit_length SMALLINT NOT NULL,
  visibility VARCHAR(16) NOT NULL,
  network_id VARCHAR(255),
  location_id VARCHAR(255),
  parent_id VARCHAR(64),
  gateway VARBINARY(16),
  primary_nameserver VARCHAR(255),
  secondary_nameserver VARCHAR(255),
  reserve_network_address BOOLEAN NOT NULL,
  reserve_last_address BOOLEAN NOT NULL,
  policy_id VARCHAR(64),
  description VARCHAR(1024),
  subpool_count INT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_pool_parent FOREIGN KEY (parent_id) REFERENCES pool (id),
  CONSTRAINT fk_pool_policy FOREIGN KEY (policy_id) REFERENCES policy (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_pool_owner ON pool (owner_tenant, id);
CREATE INDEX ix_pool_parent ON pool (parent_id, created_at);
CREATE INDEX ix_pool_network ON pool (network_id, created_at, id);
CREATE INDEX ix_pool_location ON pool (location_id, visibility, family, unit_length, owner_tenant, created_at);
CREATE INDEX ix_pool_space ON pool (visibility, family, first_address);

-- The allocation ledger of each pool: slots below next_slot have been leased to allocators;
-- pool_free_slot holds slots that came back (purged, or leased and never used). A pool that hands
-- out addresses has a cursor row; subdividing the pool deletes it, which the database refuses
-- while the pool holds any allocation, and which makes any later allocation in it fail.
CREATE TABLE pool_cursor (
  pool_id VARCHAR(64) NOT NULL PRIMARY KEY,
  next_slot DECIMAL(39, 0) NOT NULL,
  CONSTRAINT fk_cursor_pool FOREIGN KEY (pool_id) REFERENCES pool (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE pool_free_slot (
  pool_id VARCHAR(64) NOT NULL,
  slot DECIMAL(39, 0) NOT NULL,
  PRIMARY KEY (pool_id, slot),
  CONSTRAINT fk_free_slot_pool FOREIGN KEY (pool_id) REFERENCES pool (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The unique key on (pool_id, address) is what guarantees that no address is handed out twice,
-- across any number of server processes. Released rows keep their address until purged.
-- Allocations reference the pool's cursor row, not the pool row: see pool_cursor.
CREATE TABLE allocation (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  pool_id VARCHAR(64) NOT NULL,
  address VARBINARY(16) NOT NULL,
  prefix_length SMALLINT NOT NULL,
  owner_tenant VARCHAR(255) NOT NULL,
  lessee_tenant VARCHAR(255) NOT NULL,
  device_id VARCHAR(255),
  interface_id VARCHAR(255),
  mac_address BIGINT,
  description VARCHAR(1024),
  reverse_dns VARCHAR(255),
  hc_mode VARCHAR(8),
  hc_port INT,
  hc_interval INT,
  hc_timeout INT,
  hc_strikes_ok INT,
  hc_strikes_fail INT,
  hc_uri VARCHAR(255),
  hc_tls_sni VARCHAR(255),
  hc_tls_skip_verify BOOLEAN,
  state VARCHAR(16) NOT NULL,
  released_at DATETIME(6),
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_allocation_pool_address UNIQUE (pool_id, address),
  CONSTRAINT fk_allocation_cursor FOREIGN KEY (pool_id) REFERENCES pool_cursor (pool_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_allocation_lessee ON allocation (lessee_tenant, id);
CREATE INDEX ix_allocation_released ON allocation (state, released_at);

CREATE TABLE allocation_label (
  allocation_id VARCHAR(64) NOT NULL,
  label_key VARCHAR(255) NOT NULL,
  label_value VARCHAR(1024) NOT NULL,
  PRIMARY KEY (allocation_id, label_key),
  CONSTRAINT fk_label_allocation FOREIGN KEY (allocation_id) REFERENCES allocation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
