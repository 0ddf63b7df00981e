package org.propertydesk.testkit.handover;

import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.handover.DutyLogs;
import org.propertydesk.domain.handover.DutyLog;
import org.propertydesk.domain.handover.DutyLogId;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;

/** {@link DutyLogs} in memory, safe for concurrent use. */
@SecondaryAdapter
public final class InMemoryDutyLogs implements DutyLogs {

    private final VersionedStore<DutyLogId, DutyLog> store = new VersionedStore<>("duty log", DutyLog::version);

    @Override
    public Option<DutyLog> find(OfficeId office, DutyLogId id) {
        return store.find(office, id);
    }

    @Override
    public Option<DutyLog> ofPost(OfficeId office, PostId post) {
        return store.all(office, log -> log.post().equals(post)).headOption();
    }

    @Override
    public void add(DutyLog log) {
        store.add(log.office(), log.id(), log);
    }

    @Override
    public void update(DutyLog updated, long expectedVersion) {
        store.update(updated.office(), updated.id(), updated, expectedVersion);
    }
}
