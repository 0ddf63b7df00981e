package org.propertydesk.benchmarks;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.propertydesk.domain.handover.Circumstances;
import org.propertydesk.domain.handover.DutyLogId;
import org.propertydesk.domain.handover.EntryId;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.HandoverPolicy;
import org.propertydesk.domain.handover.HandoverRejection;
import org.propertydesk.domain.handover.IncidentId;
import org.propertydesk.domain.handover.IncidentKind;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.ItemCategory;
import org.propertydesk.domain.handover.ItemId;
import org.propertydesk.domain.handover.PostSituation;
import org.propertydesk.domain.handover.Preparing;
import org.propertydesk.domain.handover.Unfitness;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Handover readiness (R-HO-3, R-HO-8): every blocker of a handover in its post's situation
 * ({@code Handover#blockersIn}), for a handover that may go ahead (calm post, nothing changing,
 * incoming person fit) and for one where every kind of blocker holds at once (open incidents,
 * equipment starting up, unsettled log entries, an unfit incoming person). The baseline hands back
 * the blocker list precomputed for the same case.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class HandoverReadinessBenchmarks {

    static final Instant SHIFT_CHANGE = Instant.parse("2026-10-12T00:00:00Z");
    static final StaffId OUTGOING = new StaffId(new UUID(0x40, 1));
    static final StaffId INCOMING = new StaffId(new UUID(0x40, 2));

    private Handover calmHandover;
    private PostSituation calmSituation;
    private Handover troubledHandover;
    private PostSituation troubledSituation;
    private Seq<HandoverRejection> precomputed;

    @Setup
    public void prepare() {
        calmHandover = preparing();
        calmSituation = PostSituation.calm();
        troubledHandover = troubled(calmHandover);
        troubledSituation = troubledSituation();
        precomputed = troubledHandover.blockersIn(troubledSituation);
    }

    /** A handover prepared on time through the domain's own command, with a five-line register. */
    static Preparing preparing() {
        Seq<Item> register = List.of(
                new Item(new ItemId(new UUID(0x17, 1)), "radio", ItemCategory.RADIO, 2),
                new Item(new ItemId(new UUID(0x17, 2)), "receipt book", ItemCategory.RECEIPTS, 1),
                new Item(new ItemId(new UUID(0x17, 3)), "petty cash", ItemCategory.CASH, 500),
                new Item(new ItemId(new UUID(0x17, 4)), "show-flat key", ItemCategory.SHOW_FLAT_KEY, 3),
                new Item(new ItemId(new UUID(0x17, 5)), "duty phone", ItemCategory.OFFICE_EQUIPMENT, 1));
        return Handover.prepare(new HandoverId(new UUID(0x40, 9)), new OfficeId(new UUID(0x40, 7)), new PostId(new UUID(0x40, 8)),
                        Department.SECURITY, OUTGOING, INCOMING, SHIFT_CHANGE, new DutyLogId(new UUID(0x40, 10)), register,
                        SHIFT_CHANGE.minus(Duration.ofMinutes(45)), HandoverPolicy.defaults())
                .get().handover();
    }

    /** The same handover with the chiller and a boiler starting up and the incoming person unfit. */
    static Preparing troubled(Handover calm) {
        Preparing preparing = (Preparing) calm;
        Circumstances circumstances = new Circumstances(INCOMING, Option.none(),
                Option.some(new Unfitness(OUTGOING, "smells of drink", SHIFT_CHANGE.minus(Duration.ofMinutes(10)))),
                HashSet.of("chiller 2", "boiler 1"));
        return new Preparing(preparing.id(), preparing.version() + 1, preparing.terms(), circumstances);
    }

    /** Two open incidents reaching the post and three unsettled duty-log entries. */
    static PostSituation troubledSituation() {
        return new PostSituation(
                List.of(new PostSituation.Alert(new IncidentId(new UUID(0x1C, 1)), IncidentKind.FIRE, IncidentKind.FIRE.level()),
                        new PostSituation.Alert(new IncidentId(new UUID(0x1C, 2)), IncidentKind.TYPHOON, IncidentKind.TYPHOON.level())),
                List.rangeClosed(1, 3).map(n -> new EntryId(new UUID(0xE0, n))));
    }

    @Benchmark
    public Seq<HandoverRejection> baselinePrecomputed() {
        return precomputed;
    }

    @Benchmark
    public Seq<HandoverRejection> readyToHandOver() {
        return calmHandover.blockersIn(calmSituation);
    }

    @Benchmark
    public Seq<HandoverRejection> everyBlockerHolds() {
        return troubledHandover.blockersIn(troubledSituation);
    }
}
