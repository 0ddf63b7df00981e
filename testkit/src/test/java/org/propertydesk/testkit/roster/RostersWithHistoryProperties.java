package org.propertydesk.testkit.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.roster.ChangeKind;
import org.propertydesk.domain.roster.ChangeRequest;
import org.propertydesk.domain.roster.PostLeaving;
import org.propertydesk.domain.roster.Roster;
import org.propertydesk.domain.roster.RosterVersion;
import org.propertydesk.domain.roster.Shift;

/**
 * The rosters a store must keep cover what a roster goes through, so a store's round trip is
 * tested against all of it.
 */
class RostersWithHistoryProperties {

    @Provide
    Arbitrary<Roster> rosters() {
        return RosterArbitraries.rostersWithHistory();
    }

    @Property(tries = 300)
    @Label("R-RO-6: generated rosters cover bare drafts, every kind and decision of change, superseded versions, acknowledgements and both kinds of leaving")
    void coverHistory(@ForAll("rosters") Roster roster) {
        collect("bare draft", roster.team().isEmpty() && roster.current().assignments().isEmpty());
        collect("late publication excused", roster.latePublicationApproval().isDefined());
        collect("published", roster.published().isDefined());
        collect("superseded version", roster.versions().exists(RosterVersion.Superseded.class::isInstance));
        collect("acknowledged", roster.published().exists(published -> !published.acknowledged().isEmpty()));
        collect("swap", roster.changes().exists(change -> change.kind() instanceof ChangeKind.Swap));
        collect("replacement", roster.changes().exists(change -> change.kind() instanceof ChangeKind.Replacement));
        collect("sick leave", roster.changes().exists(change -> change.kind() instanceof ChangeKind.SickLeave));
        collect("approved", roster.changes().exists(change -> change.decision() instanceof ChangeRequest.Approved));
        collect("rejected", roster.changes().exists(change -> change.decision() instanceof ChangeRequest.Rejected));
        collect("pending", roster.changes().exists(ChangeRequest::pending));
        collect("temporary absence", roster.leavings().exists(PostLeaving.TemporaryAbsence.class::isInstance));
        collect("left post", roster.leavings().exists(PostLeaving.LeftPost.class::isInstance));
        collect("longest shift code", roster.posts().exists(post -> post.pattern().shifts().map(Shift::code)
                .exists(code -> code.length() == RosterArbitraries.LONGEST_SHIFT_CODE)));
        collect("longest text", roster.posts().exists(post -> post.name().length() == RosterArbitraries.LONGEST_TEXT));
        collect("Chinese text", roster.posts().exists(post -> post.name().codePoints().anyMatch(c -> c >= 0x4e00)));

        assertThat(roster.posts().flatMap(post -> post.pattern().shifts()).map(Shift::code))
                .allSatisfy(code -> assertThat(code.length()).isBetween(1, RosterArbitraries.LONGEST_SHIFT_CODE));
        assertThat(roster.versions().init()).allSatisfy(version -> assertThat(version).isInstanceOf(RosterVersion.Superseded.class));
    }

    private static void collect(String label, boolean holds) {
        Statistics.label(label).collect(holds);
        Statistics.label(label).coverage(coverage -> coverage.check(true).count((Predicate<Integer>) n -> n > 0));
    }
}
