package org.propertydesk.benchmarks;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
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
import org.propertydesk.domain.confidentiality.Access;
import org.propertydesk.domain.confidentiality.AccessPolicy;
import org.propertydesk.domain.confidentiality.Approval;
import org.propertydesk.domain.confidentiality.ClassificationPolicy;
import org.propertydesk.domain.confidentiality.ConfidentialityEvent;
import org.propertydesk.domain.confidentiality.ConfidentialityRejection;
import org.propertydesk.domain.confidentiality.Document;
import org.propertydesk.domain.confidentiality.DocumentId;
import org.propertydesk.domain.confidentiality.DocumentKind;
import org.propertydesk.domain.confidentiality.Loan;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/**
 * The access decision (K-1, R-CF-2..R-CF-8): {@code AccessPolicy.decide} for staff of every role
 * (and one of another office) asking to read, copy, excerpt or take out documents of every kind,
 * with copy approvals on record for half the classified documents and no loans; granted and denied
 * cases are mixed as they come. The baseline hands back the decision precomputed for the same case.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class AccessBenchmarks {

    static final OfficeId OFFICE = new OfficeId(new UUID(0xCF, 1));
    static final OfficeId ELSEWHERE = new OfficeId(new UUID(0xCF, 2));
    static final Instant AT = Instant.parse("2026-10-12T02:00:00Z");

    /** One request for access. */
    record Case(StaffMember actor, Document document, Access access) {}

    private Case[] cases;
    private Seq<Approval> approvals;
    private Seq<Loan> loans;
    private Either<Rejections<ConfidentialityRejection>, ConfidentialityEvent.AccessGranted>[] answers;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void prepare() {
        Seq<StaffMember> staff = staff();
        Seq<Document> documents = documents(staff.head().id());
        approvals = approvals(documents, staff.find(member -> member.role() == Role.OFFICE_MANAGER).get());
        loans = List.empty();
        cases = cases(staff, documents).toArray(Case[]::new);
        answers = new Either[cases.length];
        for (int i = 0; i < cases.length; i++) {
            answers[i] = decide(cases[i]);
        }
    }

    /** One member of each role in the office, with its default clearance, and an office manager of another office. */
    static Seq<StaffMember> staff() {
        Seq<StaffMember> here = List.of(Role.values()).zipWithIndex().map(role -> new StaffMember(
                new StaffId(new UUID(0x5F, role._2)), OFFICE, role._1.name().toLowerCase(), role._1,
                Department.CUSTOMER_SERVICE, Option.none(), role._1.defaultClearance()));
        return here.append(new StaffMember(new StaffId(new UUID(0x5F, 99)), ELSEWHERE, "visiting manager",
                Role.OFFICE_MANAGER, Department.CUSTOMER_SERVICE, Option.none(), Role.OFFICE_MANAGER.defaultClearance()));
    }

    /** One document of each kind, classified through the domain; the personnel file is about {@code subject}. */
    static Seq<Document> documents(StaffId subject) {
        return List.of(DocumentKind.values()).zipWithIndex().map(kind -> Document.classify(
                        new DocumentId(new UUID(0xD0, kind._2)), OFFICE, kind._1.name().toLowerCase(), kind._1, Option.none(),
                        kind._1 == DocumentKind.PERSONNEL_FILE ? Option.some(subject) : Option.none(),
                        new StaffId(new UUID(0x5F, 0)), ClassificationPolicy.defaults(), AT.minusSeconds(86_400))
                .get().state());
    }

    /** The office manager's copy approvals for every other classified document. */
    static Seq<Approval> approvals(Seq<Document> documents, StaffMember manager) {
        return documents.filter(Document::isClassified).zipWithIndex().filter(d -> d._2 % 2 == 0)
                .flatMap(d -> d._1.approveCopy(manager, AT.minusSeconds(3_600)).toOption());
    }

    static java.util.List<Case> cases(Seq<StaffMember> staff, Seq<Document> documents) {
        java.util.List<Case> all = new ArrayList<>();
        for (StaffMember actor : staff) {
            for (Document document : documents) {
                for (Access access : Access.values()) {
                    all.add(new Case(actor, document, access));
                }
            }
        }
        return all;
    }

    Either<Rejections<ConfidentialityRejection>, ConfidentialityEvent.AccessGranted> decide(Case request) {
        return AccessPolicy.decide(request.actor(), request.document(), request.access(), AT, approvals, loans);
    }

    private int nextIndex() {
        int index = next;
        next = next + 1 == cases.length ? 0 : next + 1;
        return index;
    }

    @Benchmark
    public Either<Rejections<ConfidentialityRejection>, ConfidentialityEvent.AccessGranted> baselinePrecomputed() {
        return answers[nextIndex()];
    }

    @Benchmark
    public Either<Rejections<ConfidentialityRejection>, ConfidentialityEvent.AccessGranted> decide() {
        return decide(cases[nextIndex()]);
    }
}
