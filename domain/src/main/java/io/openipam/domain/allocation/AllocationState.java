package io.openipam.domain.allocation;

/**
 * An allocation is held until released; a released one stays in quarantine (still blocking its
 * address) until its retention runs out and the purge hands the address back to the pool.
 */
public enum AllocationState {
  ALLOCATED,
  RELEASED
}
