package org.propertydesk.domain.risk;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** What a notice is about, one record per {@link NoticeKind}, carrying what its rule needs. */
public sealed interface Particulars {

    NoticeKind kind();

    /** A breach by an owner or occupant (R-RN-2); serious when legal action may follow. */
    @ValueObject
    record Rectification(String breach, boolean serious, boolean copyToAuthority) implements Particulars {
        public Rectification {
            Objects.requireNonNull(breach, "breach");
        }

        @Override
        public NoticeKind kind() {
            return NoticeKind.RECTIFICATION;
        }
    }

    /** A payment demand for one overdue fee (R-RN-3). */
    @ValueObject
    record ArrearsDemand(ArrearsId arrears) implements Particulars {
        public ArrearsDemand {
            Objects.requireNonNull(arrears, "arrears");
        }

        @Override
        public NoticeKind kind() {
            return NoticeKind.ARREARS_DEMAND;
        }
    }

    /** A matter touching others' rights that starts at {@code matterStarts} (R-RN-4). */
    @ValueObject
    record AdvanceNotice(String matter, Instant matterStarts) implements Particulars {
        public AdvanceNotice {
            Objects.requireNonNull(matter, "matter");
            Objects.requireNonNull(matterStarts, "matterStarts");
        }

        @Override
        public NoticeKind kind() {
            return NoticeKind.ADVANCE_NOTICE;
        }
    }

    /** The warning sign for a hazardous work order (R-RN-5). */
    @ValueObject
    record SafetyWarning(WorkOrderId workOrder, String hazard) implements Particulars {
        public SafetyWarning {
            Objects.requireNonNull(workOrder, "workOrder");
            Objects.requireNonNull(hazard, "hazard");
        }

        @Override
        public NoticeKind kind() {
            return NoticeKind.SAFETY_WARNING;
        }
    }

    /** A typhoon or similar event expected (R-RN-6). */
    @ValueObject
    record ForceMajeure(String event) implements Particulars {
        public ForceMajeure {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public NoticeKind kind() {
            return NoticeKind.FORCE_MAJEURE;
        }
    }

    /** A cut for the office's own maintenance (R-RN-7). */
    @ValueObject
    record PlannedOutage(Utility utility, Instant cutStarts) implements Particulars {
        public PlannedOutage {
            Objects.requireNonNull(utility, "utility");
            Objects.requireNonNull(cutStarts, "cutStarts");
        }

        @Override
        public NoticeKind kind() {
            return NoticeKind.PLANNED_OUTAGE;
        }
    }

    /** A cut announced by the municipal utility (R-RN-7). */
    @ValueObject
    record MunicipalOutage(Utility utility, Instant cutStarts) implements Particulars {
        public MunicipalOutage {
            Objects.requireNonNull(utility, "utility");
            Objects.requireNonNull(cutStarts, "cutStarts");
        }

        @Override
        public NoticeKind kind() {
            return NoticeKind.MUNICIPAL_OUTAGE;
        }
    }
}
