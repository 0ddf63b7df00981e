package org.propertydesk.adapters.jdbc.handover;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;
import org.propertydesk.application.handover.Handovers;
import org.propertydesk.domain.handover.Condition;
import org.propertydesk.domain.handover.DutyLogId;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.HandoverPolicy;
import org.propertydesk.domain.handover.InCount;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.ItemCategory;
import org.propertydesk.domain.handover.ItemId;
import org.propertydesk.domain.handover.PostSituation;
import org.propertydesk.domain.handover.Preparing;
import org.propertydesk.domain.handover.Ready;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * A handover spans several tables, and a reader must never see one version's row with another
 * version's count, even while a writer keeps replacing them (PostgreSQL and H2 read each statement
 * at the latest commit).
 */
@DisplayName("Reading a handover on JDBC while it is being rewritten")
class JdbcHandoverConsistentReadTest {

    private static final int WRITES = 40;
    private static final OfficeId OFFICE = new OfficeId(new UUID(0x4e, 1));
    private static final StaffId OUTGOING = new StaffId(new UUID(0x4e, 2));
    private static final StaffId INCOMING = new StaffId(new UUID(0x4e, 3));
    private static final Instant SHIFT_CHANGE = Instant.parse("2026-11-23T00:00:00Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.propertydesk.adapters.jdbc.kernel.TestDatabase#all")
    @DisplayName("R-HO-7: every read is one committed version of the handover, whole")
    void readsAreWhole(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh fresh = database.fresh()) {
            Handovers handovers = PropertyDeskJdbc.on(fresh.dataSource()).migrate().handover().handovers();
            Seq<Item> register = List.range(1, 40).map(n -> new Item(new ItemId(new UUID(0x4e, 100 + n)), "钥匙 " + n,
                    ItemCategory.SHOW_FLAT_KEY, n));
            Preparing preparing = Handover.prepare(new HandoverId(new UUID(0x4e, 4)), OFFICE, new PostId(new UUID(0x4e, 5)),
                    Department.SECURITY, OUTGOING, INCOMING, SHIFT_CHANGE, new DutyLogId(new UUID(0x4e, 6)), register,
                    SHIFT_CHANGE.minusSeconds(1200), HandoverPolicy.defaults()).get().handover();
            Ready ready = (Ready) preparing.completePreparation(OUTGOING, SHIFT_CHANGE.minusSeconds(900)).get().handover()
                    .arrive(INCOMING, SHIFT_CHANGE.minusSeconds(600), HandoverPolicy.defaults()).get().handover();
            InCount counted = ready.beginCount(OUTGOING, PostSituation.calm(), SHIFT_CHANGE).get().handover();
            for (Item item : register) {
                counted = counted.count(INCOMING, item.id(), Condition.DAMAGED, item.registered(), Option.some("缺角"), SHIFT_CHANGE)
                        .get().handover();
            }
            Handover counting = counted;
            handovers.add(JdbcHandoverRoundTripProperties.RoundTrip.moved(ready, OFFICE, 0));
            AtomicBoolean writing = new AtomicBoolean(true);

            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    for (long version = 1; version <= WRITES; version++) {
                        handovers.update(JdbcHandoverRoundTripProperties.RoundTrip.moved(version % 2 == 1 ? counting : ready,
                                OFFICE, version), version - 1);
                    }
                } finally {
                    writing.set(false);
                }
            });
            int reads = 0;
            while (writing.get() || reads == 0) {
                Handover read = handovers.find(OFFICE, ready.id()).get();
                assertThat(read).isEqualTo(JdbcHandoverRoundTripProperties.RoundTrip.moved(
                        read.version() % 2 == 1 ? counting : ready, OFFICE, read.version()));
                reads++;
            }
            writer.get(120, TimeUnit.SECONDS);
            assertThat(reads).isPositive();
        }
    }
}
