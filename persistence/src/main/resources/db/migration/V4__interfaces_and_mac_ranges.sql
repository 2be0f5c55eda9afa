-- Network interfaces, MAC address ranges, and the indexes that find allocations by what they are
-- attached to. Written for MySQL/MariaDB and run unchanged on H2 in MySQL mode.

-- A range hands out its addresses from next_offset on; mac_range_free holds those that came back.
CREATE TABLE mac_range (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  cidr VARCHAR(255) NOT NULL,
  first_mac BIGINT NOT NULL,
  prefix_length SMALLINT NOT NULL,
  next_offset BIGINT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_mac_range_order ON mac_range (created_at, id);

CREATE TABLE mac_range_free (
  range_id VARCHAR(64) NOT NULL,
  mac BIGINT NOT NULL,
  PRIMARY KEY (range_id, mac),
  CONSTRAINT fk_mac_free_range FOREIGN KEY (range_id) REFERENCES mac_range (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The unique keys are what guarantee that no id and no MAC address is held twice, across any
-- number of server processes. An interface keeps its MAC when its range is deleted.
CREATE TABLE network_interface (
  id VARCHAR(255) NOT NULL PRIMARY KEY,
  tenant VARCHAR(255) NOT NULL,
  device_id VARCHAR(255),
  mac_address BIGINT,
  mac_range_id VARCHAR(64),
  network_id VARCHAR(255),
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_interface_mac UNIQUE (mac_address),
  CONSTRAINT fk_interface_mac_range FOREIGN KEY (mac_range_id) REFERENCES mac_range (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_interface_device ON network_interface (device_id, created_at);

CREATE INDEX ix_allocation_interface ON allocation (interface_id, id);
CREATE INDEX ix_allocation_device ON allocation (device_id, id);
CREATE INDEX ix_allocation_address ON allocation (address, id);

-- Addresses of other interfaces an interface may hold as well (shared or virtual addresses). A
-- permission goes with its interface, and with its address when that is purged.
CREATE TABLE interface_allowed_address (
  interface_id VARCHAR(255) NOT NULL,
  allocation_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (interface_id, allocation_id),
  CONSTRAINT fk_allowed_interface FOREIGN KEY (interface_id) REFERENCES network_interface (id) ON DELETE CASCADE,
  CONSTRAINT fk_allowed_allocation FOREIGN KEY (allocation_id) REFERENCES allocation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
