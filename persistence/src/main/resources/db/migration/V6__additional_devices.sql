-- The devices an allocation is bound to besides its own attachment (allocation.device_id), for an
-- address shared by several devices at once. A device is bound once; the rows go with the allocation.
CREATE TABLE allocation_device (
  allocation_id VARCHAR(64) NOT NULL,
  device_id VARCHAR(255) NOT NULL,
  bound_at DATETIME(6) NOT NULL,
  PRIMARY KEY (allocation_id, device_id),
  CONSTRAINT fk_device_allocation FOREIGN KEY (allocation_id) REFERENCES allocation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
