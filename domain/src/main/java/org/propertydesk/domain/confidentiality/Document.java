package org.propertydesk.domain.confidentiality;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * A document or archive file in the records office's keeping. It guards its grade (never below
 * its kind's level, R-CF-1), its designated custodian (指定专人保管, whom a departing employee hands
 * back to, R-CF-10), whose personnel file it is (R-CF-8), and its end: destroyed only on the office
 * manager's approval, classified material never simply discarded (R-CF-6), and a departed staff
 * member's file not before its retention ends (R-CF-7). Who may read it is decided by
 * {@link AccessPolicy}.
 *
 * @param subject     for a personnel file, the staff member it is about
 * @param custodian   the staff member who keeps it
 * @param departure   for a personnel file, the subject's departure, once recorded
 * @param destruction set once the document is destroyed; nothing may be done with it afterwards
 * @param version     1 when classified, one more after every change
 */
@AggregateRoot
public record Document(
        @Identity DocumentId id,
        OfficeId office,
        String title,
        DocumentKind kind,
        ClearanceLevel level,
        Option<StaffId> subject,
        StaffId custodian,
        Option<SubjectDeparture> departure,
        Option<Destruction> destruction,
        long version) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(custodian, "custodian");
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(destruction, "destruction");
    }

    /**
     * Registers a document with the records office (R-CF-1). Without an explicit level it gets its
     * kind's level; an explicit level may raise it, never lower it. A personnel file names the staff
     * member it is about, and only a personnel file does.
     */
    public static Either<Rejections<ConfidentialityRejection>, Outcome<Document>> classify(
            DocumentId id,
            OfficeId office,
            String title,
            DocumentKind kind,
            Option<ClearanceLevel> level,
            Option<StaffId> subject,
            StaffId custodian,
            ClassificationPolicy policy,
            Instant at) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(subject, "subject");
        ClearanceLevel minimum = policy.minimumFor(kind);
        ClearanceLevel graded = level.getOrElse(minimum);
        List<ConfidentialityRejection> reasons = List.empty();
        if (title == null || title.isBlank()) {
            reasons = reasons.append(new ConfidentialityRejection.UntitledDocument());
        }
        if (!graded.covers(minimum)) {
            reasons = reasons.append(new ConfidentialityRejection.BelowMinimumLevel(kind, graded, minimum));
        }
        if (kind == DocumentKind.PERSONNEL_FILE && subject.isEmpty()) {
            reasons = reasons.append(new ConfidentialityRejection.PersonnelFileWithoutSubject());
        }
        if (kind != DocumentKind.PERSONNEL_FILE && subject.isDefined()) {
            reasons = reasons.append(new ConfidentialityRejection.SubjectOutsidePersonnelFile(kind));
        }
        return Rejections.unless(reasons, () -> {
            Document document = new Document(
                    id, office, title.strip(), kind, graded, subject, custodian, Option.none(), Option.none(), 1);
            return Outcome.of(document, new ConfidentialityEvent.DocumentClassified(office, id, kind, graded, at));
        });
    }

    /** Anything above internal: secret, confidential or top secret (密件). */
    public boolean isClassified() {
        return level != ClearanceLevel.INTERNAL;
    }

    public boolean isDestroyed() {
        return destruction.isDefined();
    }

    public boolean isPersonnelFileOf(StaffId staff) {
        return kind == DocumentKind.PERSONNEL_FILE && subject.contains(staff);
    }

    /** True for another person's personnel file, which {@code staff} may never read (R-CF-8). */
    public boolean isPersonnelFileOfSomeoneOtherThan(StaffId staff) {
        return kind == DocumentKind.PERSONNEL_FILE && !subject.contains(staff);
    }

    /**
     * The custodian (or the office manager on their behalf) passes the document to another keeper,
     * e.g. when leaving the company (R-CF-10).
     */
    public Either<Rejections<ConfidentialityRejection>, Outcome<Document>> handOver(StaffMember by, StaffId to, Instant at) {
        Objects.requireNonNull(to, "to");
        List<ConfidentialityRejection> reasons = destroyedReasons();
        if (!by.id().equals(custodian) && !(by.role() == Role.OFFICE_MANAGER && by.office().equals(office))) {
            reasons = reasons.append(new ConfidentialityRejection.NotCustodian(by.id(), id, custodian));
        }
        return Rejections.unless(reasons, () -> Outcome.of(
                new Document(id, office, title, kind, level, subject, to, departure, destruction, version + 1),
                new ConfidentialityEvent.CustodyHandedOver(office, id, custodian, to, at)));
    }

    /**
     * {@code approver} consents to this document being copied or excerpted (R-CF-3); only someone
     * cleared for its level may, and never for another person's personnel file (R-CF-8).
     */
    public Either<Rejections<ConfidentialityRejection>, Approval> approveCopy(StaffMember approver, Instant at) {
        List<ConfidentialityRejection> reasons = destroyedReasons();
        if (!approver.office().equals(office)) {
            reasons = reasons.append(new ConfidentialityRejection.OutsideOffice(approver.id(), approver.office(), id));
        }
        if (isPersonnelFileOfSomeoneOtherThan(approver.id())) {
            reasons = reasons.append(new ConfidentialityRejection.AnotherPersonsPersonnelFile(approver.id(), id, subject.get()));
        }
        if (!approver.clearedFor(level)) {
            reasons = reasons.append(new ConfidentialityRejection.ApproverNotCleared(approver.id(), approver.clearance(), id, level));
        }
        return Rejections.unless(reasons, () -> Approval.givenBy(approver, id, Approval.Purpose.COPY, at));
    }

    /** Records that the person this personnel file is about has left, which starts its retention (R-CF-7). */
    public Either<Rejections<ConfidentialityRejection>, Outcome<Document>> recordSubjectDeparture(
            SubjectDeparture left) {
        Objects.requireNonNull(left, "left");
        List<ConfidentialityRejection> reasons = destroyedReasons();
        if (kind != DocumentKind.PERSONNEL_FILE) {
            reasons = reasons.append(new ConfidentialityRejection.NotAPersonnelFile(id, kind));
        }
        return Rejections.unless(reasons, () -> Outcome.of(
                new Document(id, office, title, kind, level, subject, custodian, Option.some(left), destruction, version + 1),
                new ConfidentialityEvent.SubjectDeparted(office, id, subject.get(), left.departedAt(), left.keyPosition())));
    }

    /** For a departed staff member's personnel file, the first instant it may be destroyed (R-CF-7). */
    public Option<Instant> retainedUntil(RetentionPolicy policy, ZoneId zone) {
        return departure.map(left -> policy.retainedUntil(left.departedAt(), left.keyPosition(), zone));
    }

    /**
     * Destroys the document (R-CF-6): only on the office manager's approval for this document,
     * classified material only by a method that destroys it, and a personnel file only once its
     * subject has left and the retention period has run out (R-CF-7).
     */
    public Either<Rejections<ConfidentialityRejection>, Outcome<Document>> destroy(
            Option<Approval> approval, Disposal disposal, Instant at, RetentionPolicy retention, ZoneId zone) {
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(disposal, "disposal");
        Objects.requireNonNull(at, "at");
        List<ConfidentialityRejection> reasons = destroyedReasons();
        boolean approved = approval.exists(given -> given.covers(id, Approval.Purpose.DESTRUCTION, at)
                && given.role() == Role.OFFICE_MANAGER);
        if (!approved) {
            reasons = reasons.append(new ConfidentialityRejection.DestructionNotApproved(
                    id, approval.map(Approval::approver), approval.map(Approval::role)));
        }
        if (isClassified() && !disposal.destroys()) {
            reasons = reasons.append(new ConfidentialityRejection.ClassifiedWasteDiscarded(id, level));
        }
        if (kind == DocumentKind.PERSONNEL_FILE) {
            Option<Instant> until = retainedUntil(retention, zone);
            if (until.isEmpty()) {
                reasons = reasons.append(new ConfidentialityRejection.SubjectStillEmployed(id, subject.get()));
            } else if (at.isBefore(until.get())) {
                reasons = reasons.append(new ConfidentialityRejection.RetentionNotOver(id, until.get(), at));
            }
        }
        return Rejections.unless(reasons, () -> {
            StaffId approver = approval.get().approver();
            Destruction done = new Destruction(at, disposal, approver);
            return Outcome.of(
                    new Document(id, office, title, kind, level, subject, custodian, departure, Option.some(done), version + 1),
                    new ConfidentialityEvent.DocumentDestroyed(office, id, disposal, approver, at));
        });
    }

    private List<ConfidentialityRejection> destroyedReasons() {
        return isDestroyed() ? List.of(new ConfidentialityRejection.DocumentDestroyed(id)) : List.empty();
    }
}
