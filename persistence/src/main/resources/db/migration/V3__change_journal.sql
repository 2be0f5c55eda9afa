-- Changes applied to allocations, kept for the clients that poll what became of their request
-- (from any server process) until the purge forgets them.
CREATE TABLE change_journal (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  tenant VARCHAR(255) NOT NULL,
  location_id VARCHAR(255),
  subject_id VARCHAR(64) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  accepted_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_change_journal_accepted ON change_journal (accepted_at);
