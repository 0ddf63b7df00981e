package org.propertydesk.domain.handover;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * A major or emergency incident (重大事件 / 紧急事件) of an office, the source of R-HO-3's first
 * blocker. A fire is level 1 and reaches every duty post; an intrusion, a typhoon or another major
 * incident is level 2 and reaches the posts of the departments concerned (应急处理措施). While
 * unresolved it blocks the handovers it reaches; its resolution is an event.
 *
 * <p>Every accepted command returns the incident with {@code version + 1}.
 */
@AggregateRoot
public record Incident(
        @Identity IncidentId id,
        OfficeId office,
        IncidentKind kind,
        Set<Department> concerned,
        String description,
        StaffId reporter,
        Instant reportedAt,
        Option<Resolution> resolution,
        long version) {

    /** How and when the incident was resolved. */
    public record Resolution(StaffId by, String summary, Instant at) {
        public Resolution {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The result of an incident command. */
    public record Outcome(Incident incident, Seq<HandoverEvent> events) {}

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(concerned, "concerned");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(resolution, "resolution");
    }

    /** Reports an incident; a level-2 incident names the departments it concerns. */
    public static Either<Rejections<HandoverRejection>, Outcome> report(
            IncidentId id, OfficeId office, IncidentKind kind, Set<Department> concerned, String description,
            StaffId reporter, Instant at) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(concerned, "concerned");
        List<HandoverRejection> reasons = List.empty();
        if (kind.level() == EmergencyLevel.LEVEL_2 && concerned.isEmpty()) {
            reasons = reasons.append(new HandoverRejection.NoDepartmentConcerned(kind));
        }
        if (DutyLog.blank(description)) {
            reasons = reasons.append(new HandoverRejection.BlankDescription());
        }
        return Rejections.unless(reasons, () -> new Outcome(
                new Incident(id, office, kind, concerned, description.strip(), reporter, at, Option.none(), 0),
                List.of(new HandoverEvent.IncidentReported(id, office, kind, kind.level(), reporter, at))));
    }

    /** Resolves the incident; from then on it blocks no handover. */
    public Either<Rejections<HandoverRejection>, Outcome> resolve(StaffId by, String summary, Instant at) {
        List<HandoverRejection> reasons = List.empty();
        if (resolution.isDefined()) {
            reasons = reasons.append(new HandoverRejection.IncidentAlreadyResolved(id));
        }
        if (DutyLog.blank(summary)) {
            reasons = reasons.append(new HandoverRejection.BlankDescription());
        }
        return Rejections.unless(reasons, () -> new Outcome(
                new Incident(id, office, kind, concerned, description, reporter, reportedAt,
                        Option.some(new Resolution(by, summary.strip(), at)), version + 1),
                List.of(new HandoverEvent.IncidentResolved(id, office, by, at))));
    }

    public EmergencyLevel level() {
        return kind.level();
    }

    public boolean open() {
        return resolution.isEmpty();
    }

    /** Whether the incident puts a post of {@code department} on alert: level 1 reaches every post. */
    public boolean reaches(Department department) {
        return level() == EmergencyLevel.LEVEL_1 || concerned.contains(department);
    }
}
