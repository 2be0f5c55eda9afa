package io.openipam.application.fakes;

import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.service.AllocateFromPoolService;
import io.openipam.application.service.AmendPolicyService;
import io.openipam.application.service.ChangePolicyRulesService;
import io.openipam.application.service.AmendPoolService;
import io.openipam.application.service.AllocateInNetworkService;
import io.openipam.application.service.AllocatePublicAddressService;
import io.openipam.application.service.AmendAllocationService;
import io.openipam.application.service.AttachAllocationService;
import io.openipam.application.service.AuthenticateCallerService;
import io.openipam.application.service.CandidateSlots;
import io.openipam.application.service.CreatePoolService;
import io.openipam.application.service.DeclarePublicPoolsService;
import io.openipam.application.service.DefinePolicyService;
import io.openipam.application.service.DefineStaticRoutesService;
import io.openipam.application.service.FindAllocationsService;
import io.openipam.application.service.FindPoolsService;
import io.openipam.application.service.PoolAllocator;
import io.openipam.application.service.PoolSnapshots;
import io.openipam.application.service.PurgeReleasedAllocationsService;
import io.openipam.application.service.ReleaseAllocationService;
import io.openipam.application.service.RemovePolicyService;
import io.openipam.application.service.RemovePoolService;
import io.openipam.application.service.RestoreAllocationService;
import io.openipam.application.service.TranslateAddressesService;
import io.openipam.application.service.VisiblePolicies;
import io.openipam.application.service.VisibleResources;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.Role;
import java.time.Instant;

/**
 * One process of the IPAM core on in-memory stores: every service wired by hand as the
 * container would, sharing one clock, one id source and one database.
 */
public final class Ipam {

  public static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");
  public static final Principal ALICE = Principal.tenant("alice");
  public static final Principal BOB = Principal.tenant("bob");
  public static final Principal OPERATOR = new Principal(FixedSettings.OPERATOR_TENANT, Role.OPERATOR);

  public final FixedSettings settings;
  public final MutableClock clock;
  public final SequentialIds ids;
  public final InMemoryDatabase db;
  public final InMemoryPools pools;
  public final InMemoryAllocations allocations;
  public final InMemorySlotLedger ledger;
  public final InMemoryPolicies policies;
  public final InMemoryStaticRoutes staticRoutes;
  public final InMemoryTranslations translations;
  public final InMemoryCredentials credentials = new InMemoryCredentials();

  public final CandidateSlots candidates;
  public final PoolSnapshots snapshots;
  public final PoolAllocator allocator;
  public final VisibleResources visible;

  public final AllocateFromPoolService allocateFromPool;
  public final AllocateInNetworkService allocateInNetwork;
  public final AllocatePublicAddressService allocatePublic;
  public final ReleaseAllocationService release;
  public final RestoreAllocationService restore;
  public final AttachAllocationService attach;
  public final AmendAllocationService amend;
  public final PurgeReleasedAllocationsService purge;
  public final CreatePoolService createPool;
  public final AmendPoolService amendPool;
  public final DeclarePublicPoolsService declarePublicPools;
  public final RemovePoolService removePool;
  public final FindPoolsService findPools;
  public final FindAllocationsService findAllocations;
  public final DefinePolicyService definePolicy;
  public final VisiblePolicies visiblePolicies;
  public final AmendPolicyService amendPolicy;
  public final RemovePolicyService removePolicy;
  public final ChangePolicyRulesService changePolicyRules;
  public final DefineStaticRoutesService defineStaticRoutes;
  public final TranslateAddressesService translateAddresses;
  public final AuthenticateCallerService authenticate;

  public Ipam() {
    this(FixedSettings.defaults());
  }

  public Ipam(FixedSettings settings) {
    this(settings, new InMemoryDatabase(), new MutableClock(T0), new SequentialIds());
  }

  private Ipam(FixedSettings settings, InMemoryDatabase db, MutableClock clock, SequentialIds ids) {
    this.settings = settings;
    this.db = db;
    this.clock = clock;
    this.ids = ids;
    pools = new InMemoryPools(db);
    allocations = new InMemoryAllocations(db);
    ledger = new InMemorySlotLedger(db);
    policies = new InMemoryPolicies(db);
    staticRoutes = new InMemoryStaticRoutes(db);
    translations = new InMemoryTranslations(db);
    candidates = new CandidateSlots(ledger, settings);
    snapshots = new PoolSnapshots(pools);
    allocator = new PoolAllocator(policies, allocations, candidates, snapshots, ids, clock);
    visible = new VisibleResources(pools, snapshots, allocations);
    allocateFromPool = new AllocateFromPoolService(visible, allocator);
    allocateInNetwork = new AllocateInNetworkService(pools, allocator);
    allocatePublic = new AllocatePublicAddressService(pools, allocator, settings);
    release = new ReleaseAllocationService(visible, clock);
    restore = new RestoreAllocationService(visible, settings, clock);
    attach = new AttachAllocationService(visible, clock);
    amend = new AmendAllocationService(visible, clock);
    purge = new PurgeReleasedAllocationsService(allocations, pools, settings, clock);
    createPool = new CreatePoolService(pools, policies, allocations, snapshots, ids, clock);
    declarePublicPools = new DeclarePublicPoolsService(pools, createPool, settings);
    amendPool = new AmendPoolService(pools, policies, snapshots, clock);
    removePool = new RemovePoolService(visible, pools, candidates, snapshots);
    findPools = new FindPoolsService(visible, pools, snapshots);
    findAllocations = new FindAllocationsService(visible, allocations);
    visiblePolicies = new VisiblePolicies(policies);
    definePolicy = new DefinePolicyService(policies, visiblePolicies, ids, clock);
    amendPolicy = new AmendPolicyService(policies, visiblePolicies, clock);
    removePolicy = new RemovePolicyService(policies, visiblePolicies, snapshots, clock);
    changePolicyRules = new ChangePolicyRulesService(policies, visiblePolicies, ids, clock);
    defineStaticRoutes = new DefineStaticRoutesService(visible, staticRoutes, ids, clock);
    translateAddresses = new TranslateAddressesService(visible, allocations, translations, clock);
    authenticate = new AuthenticateCallerService(credentials);
  }

  /** Another server process on the same database, clock and ids, with leases of its own. */
  public Ipam anotherProcess(FixedSettings processSettings) {
    return new Ipam(processSettings, db, clock, ids);
  }

  /** Inserts a pool straight into the store, without CreatePool's checks. */
  public Pool add(APool pool) {
    return pool.in(pools);
  }

  /** The pool as stored now (its sub-pool count may have changed since it was added). */
  public Pool reread(Pool pool) {
    return pools.find(pool.id()).orElseThrow();
  }

  /** The allocation as stored now. */
  public Allocation reread(Allocation allocation) {
    return allocations.find(allocation.id()).orElseThrow();
  }

  /** The next address of {@code pool}, taken by its owner. */
  public Allocation next(Pool pool) {
    return allocateFromPool.allocateNext(new Principal(pool.owner(), Role.TENANT),
        pool.id(), AllocationDetails.NONE);
  }
}
