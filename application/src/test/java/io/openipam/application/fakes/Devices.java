package io.openipam.application.fakes;

import io.openipam.application.service.AllowAddressesService;
import io.openipam.application.service.ConfigureInterfaceService;
import io.openipam.application.service.FindInterfacesService;
import io.openipam.application.service.MacAddressRangesService;
import io.openipam.application.service.MacAssignment;
import io.openipam.application.service.RemoveInterfaceService;
import io.openipam.application.service.SearchAllocationsService;

/** The interface and MAC range services of one {@link Ipam} process, on in-memory stores. */
public final class Devices {

  public final InMemoryInterfaces interfaces = new InMemoryInterfaces();
  public final InMemoryMacRanges macRanges = new InMemoryMacRanges();
  public final InMemoryAllocationSearch search;
  public final InMemoryAllowedAddresses allowedAddresses = new InMemoryAllowedAddresses();

  public final MacAssignment macs;
  public final ConfigureInterfaceService configure;
  public final FindInterfacesService find;
  public final RemoveInterfaceService remove;
  public final MacAddressRangesService ranges;
  public final SearchAllocationsService searchAllocations;
  public final AllowAddressesService allow;

  public Devices(Ipam ipam) {
    search = new InMemoryAllocationSearch(ipam.db);
    macs = new MacAssignment(interfaces, macRanges);
    configure = new ConfigureInterfaceService(interfaces, macs, ipam.ids, ipam.clock);
    find = new FindInterfacesService(interfaces);
    remove = new RemoveInterfaceService(interfaces, search, ipam.visible, macs, ipam.clock);
    ranges = new MacAddressRangesService(macRanges, ipam.ids, ipam.clock);
    searchAllocations = new SearchAllocationsService(search, interfaces);
    allow = new AllowAddressesService(find, search, ipam.allocations, allowedAddresses, ipam.snapshots);
  }
}
