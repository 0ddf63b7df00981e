package org.propertydesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.complaint.ComplaintFixture.*;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-CO-8: the same category at the same location N times within a window raises a recurring-problem signal")
class RecurringProblemSignalTest {

    private final ComplaintPolicy policy = ComplaintPolicy.defaults();

    private static IntakeFacts at(Subject subject, String location) {
        return new IntakeFacts(subject, new Location(location), new Cause.NoFault(), Ask.BE_HEARD, Option.none(), false, "…");
    }

    @Test
    @DisplayName("R-CO-8: three complaints from different residents about the lobby's cleaning within 30 days signal one problem")
    void threeInAWindow() {
        Complaint a = registered(1, new ComplainantId("1-101"), at(Subject.CLEANING, "Building 3 lift lobby"), shanghai("2026-03-01T10:00"));
        Complaint b = registered(2, new ComplainantId("1-102"), at(Subject.CLEANING, "building 3  LIFT lobby"), shanghai("2026-03-12T10:00"));
        Complaint c = registered(3, new ComplainantId("1-103"), at(Subject.CLEANING, "Building 3 lift lobby"), shanghai("2026-03-25T10:00"));
        List<RecurringProblem> signals = RecurringProblems.at(List.of(a, b, c), policy, shanghai("2026-03-26T10:00")).toList();
        assertThat(signals).hasSize(1);
        assertThat(signals.head().complaints()).containsExactly(a.id(), b.id(), c.id());
        assertThat(signals.head().matter().subject()).isEqualTo(Subject.CLEANING);
    }

    @Test
    @DisplayName("R-CO-8: two are not enough; another category, another place or outside the window does not count")
    void notARecurrence() {
        Complaint a = registered(1, at(Subject.CLEANING, "Building 3 lift lobby"), shanghai("2026-01-20T10:00"));
        Complaint b = registered(2, at(Subject.CLEANING, "Building 3 lift lobby"), shanghai("2026-03-12T10:00"));
        Complaint c = registered(3, at(Subject.GREENING, "Building 3 lift lobby"), shanghai("2026-03-13T10:00"));
        Complaint d = registered(4, at(Subject.CLEANING, "Building 4 lift lobby"), shanghai("2026-03-14T10:00"));
        Complaint e = registered(5, at(Subject.CLEANING, "Building 3 lift lobby"), shanghai("2026-03-15T10:00"));
        assertThat(RecurringProblems.at(List.of(a, b, c, d, e), policy, shanghai("2026-03-26T10:00"))).isEmpty();
        assertThat(RecurringProblems.at(List.of(a, b, c, d, e), policy.withRecurrence(2, java.time.Duration.ofDays(30)),
                        shanghai("2026-03-26T10:00")))
                .hasSize(1);
    }
}
