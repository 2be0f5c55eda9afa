-- Finding the allocations that carry a MAC (MAC sharing, fresh MACs) must not scan the table.
CREATE INDEX ix_allocation_mac ON allocation (mac_address, state);
