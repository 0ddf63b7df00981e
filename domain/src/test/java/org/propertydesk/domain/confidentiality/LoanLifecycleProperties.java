package org.propertydesk.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.confidentiality.ConfidentialityFixture.*;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffMember;

/** Random chains of loan commands, with the R-CF-4 invariants checked after every step. */
class LoanLifecycleProperties {

    private static final LoanPolicy POLICY = LoanPolicy.defaults();

    sealed interface Step {}

    record Approve(Role role, boolean written) implements Step {}

    record Lend() implements Step {}

    record Renew(Role role) implements Step {}

    record GiveBack() implements Step {}

    record Refuse() implements Step {}

    record Wait(Duration time) implements Step {}

    @Provide
    Arbitrary<List<Step>> chains() {
        Arbitrary<Role> approvers = Arbitraries.of(Role.OFFICE_MANAGER, Role.OFFICE_MANAGER, Role.DEPARTMENT_MANAGER, Role.SUPERVISOR);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.lazy(() -> net.jqwik.api.Combinators.combine(approvers, Arbitraries.of(true, false))
                        .as(Approve::new))),
                net.jqwik.api.Tuple.of(8, Arbitraries.just(new Lend())),
                net.jqwik.api.Tuple.of(5, approvers.map(Renew::new)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(new GiveBack())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Refuse())),
                net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(1, 20 * 24 * 60).map(minutes -> new Wait(Duration.ofMinutes(minutes))))
        ).map(s -> (Step) s);
        // Most chains start by getting the loan out, so that renewals, returns and overdue are exercised.
        List<Step> approvedAndLent = List.of(new Approve(Role.OFFICE_MANAGER, true), new Approve(Role.DEPARTMENT_MANAGER, true), new Lend());
        Arbitrary<List<Step>> prefix = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(3, approvedAndLent), net.jqwik.api.Tuple.of(1, List.<Step>of()));
        return net.jqwik.api.Combinators.combine(prefix, step.list().ofMinSize(1).ofMaxSize(12))
                .as((first, rest) -> {
                    java.util.List<Step> all = new java.util.ArrayList<>(first);
                    all.addAll(rest);
                    return all;
                });
    }

    @Provide
    Arbitrary<DocumentKind> kinds() {
        return Arbitraries.of(DocumentKind.INTERNAL_DOCUMENT, DocumentKind.OWNER_RECORD, DocumentKind.CCTV_RECORDING);
    }

    @Property(tries = 200)
    @Label("R-CF-4: along any chain of commands a loan follows its lifecycle, is never both returned and overdue, "
            + "and is overdue at every instant past its limit while still out")
    void loanInvariants(@ForAll("kinds") DocumentKind kind, @ForAll LoanTerm wanted, @ForAll("chains") List<Step> chain) {
        Document document = document(kind);
        LoanTerm term = document.isClassified() ? LoanTerm.SAME_DAY : wanted;
        StaffMember borrower = departmentManager();
        Loan loan = accepted(Loan.request(new LoanId(nextId()), document, borrower, term, TUESDAY_10AM)).state();
        Instant now = TUESDAY_10AM;
        int renewals = 0;
        boolean wasLent = false;

        for (Step step : chain) {
            if (step instanceof Wait) {
                now = now.plus(((Wait) step).time());
                check(loan, term, renewals, now);
                continue;
            }
            String action = actionOf(step);
            Either<Rejections<ConfidentialityRejection>, Outcome<Loan>> result = apply(loan, step, document, now);
            if (result.isRight()) {
                Loan next = result.get().state();
                assertThat(Loan.LIFECYCLE.target(loan.status(), action)).contains(next.status());
                assertThat(next.version()).isEqualTo(loan.version() + 1);
                assertThat(result.get().events()).hasSize(1);
                if (step instanceof Renew) {
                    renewals++;
                }
                loan = next;
                wasLent |= next.status() == LoanStatus.ON_LOAN;
            } else if (!Loan.LIFECYCLE.allows(loan.status(), action)) {
                assertThat(result.getLeft().reasons()).anyMatch(reason -> reason instanceof ConfidentialityRejection.LoanNotInState);
            }
            check(loan, term, renewals, now);
        }
        Statistics.label("final status").collect(loan.status());
        Statistics.label("was lent").collect(wasLent);
        Statistics.label("renewed").collect(renewals > 0);
    }

    private static void check(Loan loan, LoanTerm term, int renewals, Instant now) {
        assertThat(loan.status() == LoanStatus.RETURNED && loan.isOverdueAt(now)).isFalse();
        if (loan.isOverdueAt(now)) {
            assertThat(loan.status()).isEqualTo(LoanStatus.ON_LOAN);
        }
        if (loan.status() == LoanStatus.ON_LOAN) {
            Instant lentAt = loan.lentAt().get();
            Duration limit = term == LoanTerm.SAME_DAY ? Duration.ofHours(24)
                    : (term == LoanTerm.SHORT_TERM ? POLICY.shortTerm() : POLICY.longTerm()).multipliedBy(renewals + 1L);
            Instant pastLimit = lentAt.plus(limit).plusSeconds(1);
            assertThat(loan.isOverdueAt(pastLimit)).as("overdue past its limit").isTrue();
            assertThat(loan.isOverdueAt(loan.due().get().plusSeconds(1))).isTrue();
            assertThat(loan.isOverdueAt(loan.due().get())).isFalse();
            assertThat(loan.missingApprovals()).isEmpty();
        }
        if (term == LoanTerm.SAME_DAY) {
            assertThat(renewals).isZero();
        }
    }

    private static String actionOf(Step step) {
        if (step instanceof Approve) {
            return "approve";
        } else if (step instanceof Lend) {
            return "lend";
        } else if (step instanceof Renew) {
            return "renew";
        } else if (step instanceof GiveBack) {
            return "return";
        }
        return "refuse";
    }

    private static Either<Rejections<ConfidentialityRejection>, Outcome<Loan>> apply(
            Loan loan, Step step, Document document, Instant now) {
        if (step instanceof Approve) {
            Approve approve = (Approve) step;
            return loan.approve(Approval.by(staff(approve.role()), document.id(), Approval.Purpose.LOAN, now, approve.written()));
        } else if (step instanceof Lend) {
            return loan.lend(now, POLICY, SHANGHAI);
        } else if (step instanceof Renew) {
            return loan.renew(Approval.givenBy(staff(((Renew) step).role()), document.id(), Approval.Purpose.LOAN, now), now, POLICY,
                    SHANGHAI);
        } else if (step instanceof GiveBack) {
            return loan.giveBack(now);
        }
        return loan.refuse(officeManager(), now);
    }
}
