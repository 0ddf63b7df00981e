package org.propertydesk.testkit.confidentiality;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.ClassificationPolicy;
import org.propertydesk.domain.confidentiality.CustodyId;
import org.propertydesk.domain.confidentiality.CustodyStatus;
import org.propertydesk.domain.confidentiality.Disposal;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.confidentiality.LoanId;
import org.propertydesk.domain.confidentiality.LoanPolicy;
import org.propertydesk.domain.confidentiality.LoanTerm;
import org.propertydesk.domain.confidentiality.RetentionPolicy;
import org.propertydesk.domain.confidentiality.SubjectDeparture;
import org.propertydesk.domain.confidentiality.TaskCustody;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * jqwik arbitraries of the records office, valid by construction: staff with any role and
 * clearance, documents graded at or above their kind's level (R-CF-1), personnel files with a
 * subject, and loans that a cleared borrower requested and an office manager approved and lent
 * (R-CF-4). Ids are small numbers, so shrunk examples read well.
 *
 * <p>For stores, the {@code …InAnyState} arbitraries reach every state an aggregate can be saved
 * in — handed over, departed and destroyed documents, loans requested, refused, lent, renewed and
 * returned, originals in use, done with kept copies, and returned — with instants to the
 * nanosecond and free texts in Chinese up to {@link #LONGEST_TEXT} characters; collections may be
 * empty.
 */
public final class ConfidentialityArbitraries {

    /** Noon in Shanghai on a working Tuesday; the instants below are near it. */
    public static final Instant EPOCH = Instant.parse("2026-03-10T04:00:00Z");

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * The longest title or work need the text arbitraries make, in characters. The domain sets no
     * limit; a store must keep texts at least this long exactly.
     */
    public static final int LONGEST_TEXT = 4_000;

    /** Characters the free texts are made of: common hanzi, punctuation, ASCII, and a space. */
    private static final String TEXT_CHARACTERS =
            "档案人事合同业户住户监控录像证照财务报表统计资料工资钥匙交接保密借阅归还复印审批销毁离职王李张刘陈欧阳"
                    + "，。、；：「」《》（）—…·abcXYZ019-_/# ";

    /** A character outside the Basic Multilingual Plane (𠮷, U+20BB7), four bytes in UTF-8. */
    private static final String ASTRAL = new String(Character.toChars(0x20BB7));

    private ConfidentialityArbitraries() {}

    public static Arbitrary<CustodyId> custodyIds() {
        return Arbitraries.longs().between(1, 10_000).map(n -> new CustodyId(new UUID(10, n)));
    }

    /**
     * A non-blank text without surrounding space, as the domain keeps titles and work needs: hanzi,
     * punctuation, ASCII and now and then a character beyond the BMP. One in eight is a single
     * character and one in eight exactly {@link #LONGEST_TEXT} characters long.
     */
    public static Arbitrary<String> texts() {
        StringArbitrary middles = Arbitraries.strings().withChars(TEXT_CHARACTERS + "@");
        return Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.of("档", "A", "@")),
                        Tuple.of(6, middles.ofMaxLength(198).map(middle -> "档" + middle + "案")),
                        Tuple.of(1, middles.ofLength(LONGEST_TEXT - 2).map(middle -> "档" + middle + "案")))
                .map(text -> text.replace("@", ASTRAL));
    }

    /** An instant within 30 days after {@link #EPOCH}, to the nanosecond. */
    public static Arbitrary<Instant> preciseInstants() {
        return Combinators.combine(instants(), Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 999_999_999))
                .as((minute, second, nano) -> minute.plusSeconds(second).plusNanos(nano));
    }

    public static Arbitrary<StaffId> staffIds() {
        return Arbitraries.longs().between(1, 10_000).map(n -> new StaffId(new UUID(7, n)));
    }

    public static Arbitrary<DocumentId> documentIds() {
        return Arbitraries.longs().between(1, 10_000).map(n -> new DocumentId(new UUID(8, n)));
    }

    public static Arbitrary<LoanId> loanIds() {
        return Arbitraries.longs().between(1, 10_000).map(n -> new LoanId(new UUID(9, n)));
    }

    /** A staff member of {@code office} with any role and any clearance; company leadership has no superior. */
    public static Arbitrary<StaffMember> staff(OfficeId office) {
        return Combinators.combine(staffIds(), Arbitraries.of(Role.class), Arbitraries.of(Department.class),
                        Arbitraries.of(ClearanceLevel.class))
                .as((id, role, department, clearance) -> new StaffMember(id, office, "staff " + id.value().getLeastSignificantBits(),
                        role, department, role == Role.COMPANY_LEADERSHIP ? Option.none() : Option.some(new StaffId(new UUID(7, 0))),
                        clearance));
    }

    /** A staff member holding {@code role} with its default clearance. */
    public static Arbitrary<StaffMember> staff(OfficeId office, Role role) {
        return staff(office).map(member -> new StaffMember(member.id(), office, member.name(), role, member.department(),
                role == Role.COMPANY_LEADERSHIP ? Option.none() : Option.some(new StaffId(new UUID(7, 0))),
                role.defaultClearance()));
    }

    /** An instant within 30 days after {@link #EPOCH}, to the minute. */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 30L * 24 * 60).map(minutes -> EPOCH.plus(Duration.ofMinutes(minutes)));
    }

    /**
     * A document of {@code office}, of any kind, graded at its kind's level or higher; a personnel
     * file is about {@code subjects}' staff member.
     */
    public static Arbitrary<Document> documents(OfficeId office, Arbitrary<StaffId> subjects) {
        return Combinators.combine(documentIds(), Arbitraries.of(DocumentKind.class), Arbitraries.of(ClearanceLevel.class),
                        subjects, staffIds())
                .as((id, kind, raise, subject, custodian) -> {
                    ClearanceLevel level = raise.covers(kind.defaultLevel()) ? raise : kind.defaultLevel();
                    return Document.classify(id, office, kind + " " + id.value().getLeastSignificantBits(), kind, Option.some(level),
                                    kind == DocumentKind.PERSONNEL_FILE ? Option.some(subject) : Option.none(), custodian,
                                    ClassificationPolicy.defaults(), EPOCH)
                            .getOrElseThrow(rejections -> new IllegalStateException(rejections.toString()))
                            .state();
                });
    }

    public static Arbitrary<Document> documents(OfficeId office) {
        return documents(office, staffIds());
    }

    /**
     * A loan of {@code document} to a borrower cleared for it (a department manager, or leadership for
     * confidential and above), approved by an office manager and lent at some instant: on the same day
     * for classified documents, 7 or 15 days for internal archive originals.
     */
    public static Arbitrary<Loan> loansOf(Document document) {
        Role borrowerRole = document.level().compareTo(ClearanceLevel.SECRET) > 0 ? Role.COMPANY_LEADERSHIP : Role.DEPARTMENT_MANAGER;
        Arbitrary<LoanTerm> terms = document.isClassified() ? Arbitraries.just(LoanTerm.SAME_DAY) : Arbitraries.of(LoanTerm.class);
        return Combinators.combine(loanIds(), staff(document.office(), borrowerRole), staff(document.office(), Role.OFFICE_MANAGER),
                        staff(document.office(), Role.DEPARTMENT_MANAGER), terms, instants())
                .as((id, borrower, manager, head, term, at) -> {
                    Loan loan = Loan.request(id, document, borrower, term, at).get().state();
                    loan = loan.approve(Approval.writtenBy(manager, document.id(), Approval.Purpose.LOAN, at)).get().state();
                    if (!loan.missingApprovals().isEmpty()) {
                        loan = loan.approve(Approval.writtenBy(head, document.id(), Approval.Purpose.LOAN, at)).get().state();
                    }
                    return loan.lend(at, LoanPolicy.defaults(), ZONE).get().state();
                });
    }

    /** A lent loan of some non-personnel document of {@code office}. */
    public static Arbitrary<Loan> loans(OfficeId office) {
        return documents(office).filter(document -> document.kind() != DocumentKind.PERSONNEL_FILE)
                .flatMap(ConfidentialityArbitraries::loansOf);
    }

    /**
     * A document of {@code office} in any state it can be stored in (about a third are personnel
     * files): classified with a free-text title (R-CF-1), perhaps handed over to another keeper
     * (R-CF-10), a personnel file perhaps with its subject's departure (R-CF-7), and perhaps
     * destroyed on the office manager's approval once allowed (R-CF-6).
     */
    public static Arbitrary<Document> documentsInAnyState(OfficeId office) {
        Arbitrary<DocumentKind> kinds = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(DocumentKind.PERSONNEL_FILE)), Tuple.of(2, Arbitraries.of(DocumentKind.class)));
        Arbitrary<Document> classified = Combinators.combine(documentIds(), kinds,
                        Arbitraries.of(ClearanceLevel.class), staffIds(), staffIds(), texts(), preciseInstants())
                .as((id, kind, raise, subject, custodian, title, at) -> Document.classify(id, office, title, kind,
                                Option.some(raise.covers(kind.defaultLevel()) ? raise : kind.defaultLevel()),
                                kind == DocumentKind.PERSONNEL_FILE ? Option.some(subject) : Option.none(), custodian,
                                ClassificationPolicy.defaults(), at)
                        .getOrElseThrow(rejections -> new IllegalStateException(rejections.toString()))
                        .state());
        return classified.flatMap(document -> Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.of(true, false), staff(office, Role.OFFICE_MANAGER), staffIds(),
                        Arbitraries.of(Disposal.class), preciseInstants())
                .as((handOver, depart, keyPosition, destroy, manager, keeper, disposal, at) ->
                        laterLife(document, handOver, depart, keyPosition, destroy, manager, keeper, disposal, at)));
    }

    private static Document laterLife(Document document, boolean handOver, boolean depart, boolean keyPosition, boolean destroy,
            StaffMember manager, StaffId keeper, Disposal disposal, Instant at) {
        Document later = document;
        if (handOver) {
            later = later.handOver(manager, keeper, at).get().state();
        }
        if (depart && later.kind() == DocumentKind.PERSONNEL_FILE) {
            later = later.recordSubjectDeparture(new SubjectDeparture(at, keyPosition)).get().state();
        }
        boolean mayGo = later.kind() != DocumentKind.PERSONNEL_FILE || later.departure().isDefined();
        if (destroy && mayGo) {
            Instant when = later.retainedUntil(RetentionPolicy.defaults(), ZONE).getOrElse(at).plusSeconds(1);
            Disposal how = later.isClassified() && !disposal.destroys() ? Disposal.SHREDDED : disposal;
            later = later.destroy(Option.some(Approval.givenBy(manager, later.id(), Approval.Purpose.DESTRUCTION, when)), how, when,
                    RetentionPolicy.defaults(), ZONE).get().state();
        }
        return later;
    }

    /** How far a generated loan got. */
    private enum LoanStage {
        REQUESTED,
        APPROVED,
        REFUSED,
        LENT,
        RENEWED,
        RETURNED
    }

    /**
     * A loan of some non-personnel document of {@code office} in any state (R-CF-4): requested with
     * no approval yet, approved, refused, lent, renewed (archive originals only) or returned, late
     * or not; instants to the nanosecond.
     */
    public static Arbitrary<Loan> loansInAnyState(OfficeId office) {
        return documents(office).filter(document -> document.kind() != DocumentKind.PERSONNEL_FILE)
                .flatMap(document -> {
                    Role borrowerRole =
                            document.level().compareTo(ClearanceLevel.SECRET) > 0 ? Role.COMPANY_LEADERSHIP : Role.DEPARTMENT_MANAGER;
                    Arbitrary<LoanTerm> terms =
                            document.isClassified() ? Arbitraries.just(LoanTerm.SAME_DAY) : Arbitraries.of(LoanTerm.class);
                    return Combinators.combine(loanIds(), staff(office, borrowerRole), staff(office, Role.OFFICE_MANAGER),
                                    staff(office, Role.DEPARTMENT_MANAGER), terms, preciseInstants(), Arbitraries.of(LoanStage.class),
                                    Arbitraries.longs().between(1, 40L * 24 * 3600))
                            .as((id, borrower, manager, head, term, at, stage, returnAfterSeconds) ->
                                    loanAt(document, id, borrower, manager, head, term, at, stage, returnAfterSeconds));
                });
    }

    private static Loan loanAt(Document document, LoanId id, StaffMember borrower, StaffMember manager, StaffMember head,
            LoanTerm term, Instant at, LoanStage stage, long returnAfterSeconds) {
        Loan loan = Loan.request(id, document, borrower, term, at).get().state();
        if (stage == LoanStage.REQUESTED) {
            return loan;
        }
        if (stage == LoanStage.REFUSED) {
            return loan.refuse(manager, at.plusSeconds(60)).get().state();
        }
        loan = loan.approve(Approval.writtenBy(manager, document.id(), Approval.Purpose.LOAN, at)).get().state();
        if (!loan.missingApprovals().isEmpty()) {
            loan = loan.approve(Approval.writtenBy(head, document.id(), Approval.Purpose.LOAN, at)).get().state();
        }
        if (stage == LoanStage.APPROVED) {
            return loan;
        }
        Instant lentAt = at.plusSeconds(120);
        loan = loan.lend(lentAt, LoanPolicy.defaults(), ZONE).get().state();
        if (stage == LoanStage.RENEWED && term != LoanTerm.SAME_DAY) {
            Instant asked = lentAt.plusSeconds(3600);
            loan = loan.renew(Approval.givenBy(manager, document.id(), Approval.Purpose.LOAN, asked), asked, LoanPolicy.defaults(), ZONE)
                    .get().state();
        }
        if (stage == LoanStage.RETURNED) {
            loan = loan.giveBack(lentAt.plusSeconds(returnAfterSeconds)).get().state();
        }
        return loan;
    }

    /**
     * An original of {@code office} handed out for a task, in any state (R-CF-5): in use, task done
     * with none or several copies kept for a stated need, or returned.
     */
    public static Arbitrary<TaskCustody> custodiesInAnyState(OfficeId office) {
        return Combinators.combine(custodyIds(), documentIds(), staffIds(), preciseInstants(), Arbitraries.of(CustodyStatus.class),
                        texts().list().ofMaxSize(3), Arbitraries.of(true, false))
                .as((id, document, holder, at, status, needs, doneFirst) -> {
                    TaskCustody custody = TaskCustody.handOut(id, office, document, holder, at).state();
                    Instant later = at;
                    if (status == CustodyStatus.TASK_DONE || (status == CustodyStatus.RETURNED && doneFirst)) {
                        later = later.plusSeconds(3600);
                        custody = custody.completeTask(later, LoanPolicy.defaults()).get().state();
                        for (String need : needs) {
                            later = later.plusNanos(1_001);
                            custody = custody.keepCopy(need, later).get().state();
                        }
                    }
                    if (status == CustodyStatus.RETURNED) {
                        custody = custody.giveBack(later.plusSeconds(7200), LoanPolicy.defaults()).get().state();
                    }
                    return custody;
                });
    }
}
