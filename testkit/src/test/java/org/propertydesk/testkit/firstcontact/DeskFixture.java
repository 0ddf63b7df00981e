package org.propertydesk.testkit.firstcontact;

import org.propertydesk.application.firstcontact.FirstContactDesk;
import org.propertydesk.application.firstcontact.FirstContactService;
import org.propertydesk.testkit.kernel.InMemoryDirectory;
import org.propertydesk.testkit.kernel.InMemoryOutbox;
import org.propertydesk.testkit.kernel.InMemoryTransactions;
import org.propertydesk.testkit.kernel.SequentialIdentities;
import org.propertydesk.testkit.kernel.SettableClock;

/** A first-contact desk wired to in-memory adapters, with two offices on its directory. */
final class DeskFixture {

    final FirstContactOffice office = FirstContactOffice.numbered(1);
    final FirstContactOffice otherOffice = FirstContactOffice.numbered(2);
    final InMemoryDirectory directory = otherOffice.registerIn(office.registerIn(new InMemoryDirectory()));
    final InMemoryServiceRequests requests = new InMemoryServiceRequests();
    final InMemoryReceptionLog receptionLog = new InMemoryReceptionLog();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final SettableClock clock = SettableClock.at(FirstContactArbitraries.RECEIVED_AT);
    final FirstContactDesk desk =
            new FirstContactService(requests, receptionLog, directory, clock, new SequentialIdentities(), transactions, outbox);
}
