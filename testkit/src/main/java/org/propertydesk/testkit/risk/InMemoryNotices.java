package org.propertydesk.testkit.risk;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.risk.Notices;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeId;

/** {@link Notices} in memory, thread-safe, one map per office; the notice carries its new version. */
@SecondaryAdapter
public final class InMemoryNotices implements Notices {

    private final VersionedStore<NoticeId, Notice> store = new VersionedStore<>(
            "notice", Notice::office, Notice::id, Notice::version, Comparator.comparing(notice -> notice.id().value()));

    @Override
    public Option<Notice> find(OfficeId office, NoticeId id) {
        return store.find(office, id);
    }

    @Override
    public void add(Notice notice) {
        store.add(notice);
    }

    @Override
    public void update(Notice updated, long expectedVersion) {
        store.update(updated, expectedVersion);
    }

    @Override
    public Seq<Notice> all(OfficeId office) {
        return store.all(office);
    }
}
