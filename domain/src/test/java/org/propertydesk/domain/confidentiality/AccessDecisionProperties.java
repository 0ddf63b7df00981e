package org.propertydesk.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.confidentiality.ConfidentialityFixture.*;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

class AccessDecisionProperties {

    /** A staff member and a document of the same office; personnel files are often the actor's own. */
    record Case(StaffMember actor, Document document, Option<Approval> copyApproval) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<StaffMember> actors = Combinators.combine(Arbitraries.of(Role.class), Arbitraries.of(ClearanceLevel.class))
                .as(ConfidentialityFixture::staff);
        return Combinators.combine(actors, Arbitraries.of(DocumentKind.class), Arbitraries.of(ClearanceLevel.class),
                        Arbitraries.of(true, false), Arbitraries.of(ClearanceLevel.class).optional())
                .as((actor, kind, raise, ownFile, approverClearance) -> {
                    ClearanceLevel minimum = kind.defaultLevel();
                    ClearanceLevel level = raise.covers(minimum) ? raise : minimum;
                    Option<StaffId> subject = kind == DocumentKind.PERSONNEL_FILE
                            ? Option.some(ownFile ? actor.id() : new StaffId(nextId()))
                            : Option.none();
                    Document document = accepted(Document.classify(new DocumentId(nextId()), OFFICE, "d", kind, Option.some(level),
                            subject, new StaffId(nextId()), ClassificationPolicy.defaults(), TUESDAY_10AM)).state();
                    Option<Approval> approval = Option.ofOptional(approverClearance).map(clearance -> Approval.givenBy(
                            staff(Role.DEPARTMENT_MANAGER, clearance), document.id(), Approval.Purpose.COPY, TUESDAY_10AM));
                    return new Case(actor, document, approval);
                });
    }

    @Property(tries = 500)
    @Label("R-CF-2, R-CF-8: a read is granted if and only if clearance covers the level and it is not another person's personnel file")
    void noReadUp(@ForAll("cases") Case c) {
        var decision = AccessPolicy.decide(c.actor(), c.document(), Access.READ, TUESDAY_10AM, c.copyApproval().toList(), List.empty());

        boolean othersFile = c.document().kind() == DocumentKind.PERSONNEL_FILE && !c.document().subject().contains(c.actor().id());
        boolean expected = c.actor().clearance().covers(c.document().level()) && !othersFile;
        assertThat(decision.isRight()).isEqualTo(expected);
        assertThat(decision.isRight()).isEqualTo(AccessPolicy.mayRead(c.actor(), c.document()));
        if (decision.isLeft()) {
            assertThat(decision.getLeft().reasons()).allMatch(reason -> reason instanceof PermissionRejection);
        }
        Statistics.label("granted").collect(decision.isRight());
        Statistics.label("personnel file").collect(c.document().kind() == DocumentKind.PERSONNEL_FILE);
    }

    @Property(tries = 500)
    @Label("R-CF-3: a copy is granted if and only if the read would be and, for a classified document, someone cleared for its level approved")
    void copiesNeedClearedApproval(@ForAll("cases") Case c, @ForAll("reproductions") Access access) {
        var decision = AccessPolicy.decide(c.actor(), c.document(), access, TUESDAY_10AM, c.copyApproval().toList(), List.empty());

        boolean approved = !c.document().isClassified()
                || c.copyApproval().exists(approval -> approval.clearance().covers(c.document().level()));
        assertThat(decision.isRight()).isEqualTo(AccessPolicy.mayRead(c.actor(), c.document()) && approved);
        Statistics.label("granted").collect(decision.isRight());
    }

    @Property(tries = 300)
    @Label("R-CF-2, R-CF-3, R-CF-8: a denial names every rule that refused, and only those")
    void everyReasonNamed(@ForAll("cases") Case c) {
        var decision = AccessPolicy.decide(c.actor(), c.document(), Access.COPY, TUESDAY_10AM, List.empty(), List.empty());

        var expected = HashSet.<Rule>empty()
                .addAll(c.actor().clearance().covers(c.document().level()) ? List.empty() : List.of(Rule.R_CF_2))
                .addAll(c.document().isPersonnelFileOfSomeoneOtherThan(c.actor().id()) ? List.of(Rule.R_CF_8) : List.empty())
                .addAll(c.document().isClassified() ? List.of(Rule.R_CF_3) : List.empty());
        var named = decision.isLeft() ? HashSet.ofAll(decision.getLeft().rules()) : HashSet.<Rule>empty();
        assertThat(named).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Access> reproductions() {
        return Arbitraries.of(Access.COPY, Access.EXCERPT);
    }
}
