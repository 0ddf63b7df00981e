package org.propertydesk.application.risk;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.risk.Notice;
import org.propertydesk.domain.risk.NoticeId;

/**
 * The office's notices and their evidence (R-RN-9). Versioning: a changed notice carries its new
 * version ({@code expectedVersion + 1}); {@link #update} stores it only while the stored version
 * is still {@code expectedVersion}, otherwise it throws
 * {@link org.propertydesk.application.kernel.ConcurrencyConflict}.
 */
@SecondaryPort
public interface Notices {

    Option<Notice> find(OfficeId office, NoticeId id);

    void add(Notice notice);

    void update(Notice updated, long expectedVersion);

    /** Every notice of the office, in a stable order (by id). */
    Seq<Notice> all(OfficeId office);
}
