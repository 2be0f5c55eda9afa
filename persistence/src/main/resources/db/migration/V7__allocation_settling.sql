-- The window during which a change to an allocation still shows as under way (a dialect's
-- transient status), shared by every server process. One per allocation; it goes with it.
CREATE TABLE allocation_settling (
  allocation_id VARCHAR(64) NOT NULL,
  phase VARCHAR(32) NOT NULL,
  leaving_device VARCHAR(255) NULL,
  settles_at DATETIME(6) NOT NULL,
  PRIMARY KEY (allocation_id),
  CONSTRAINT fk_settling_allocation FOREIGN KEY (allocation_id) REFERENCES allocation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
