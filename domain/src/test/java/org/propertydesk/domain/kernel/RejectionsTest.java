package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A refusal lists every reason, never only the first")
class RejectionsTest {

    private static final StaffId STAFF = new StaffId(new UUID(0, 3));

    @Test
    @DisplayName("no reasons: the outcome, built only then")
    void noReasonsGivesOutcome() {
        assertThat(Rejections.<KernelRejection, String>unless(List.empty(), () -> "ok").get()).isEqualTo("ok");
    }

    @Test
    @DisplayName("some reasons: all of them, in order, and the outcome is never built")
    void reasonsGiveAllOfThem() {
        var result = Rejections.<KernelRejection, String>unless(
                List.of(new KernelRejection.BlankStaffName(), new KernelRejection.OwnSuperior(STAFF)),
                () -> {
                    throw new AssertionError("must not be built");
                });

        assertThat(result.getLeft().reasons()).hasSize(2);
        assertThat(result.getLeft().names(Rule.K_4)).isTrue();
        assertThat(result.getLeft().names(Rule.K_1)).isFalse();
        assertThat(result.getLeft().toString()).isEqualTo(
                "K-4: a staff member needs a name; K-4: staff member " + STAFF + " cannot be their own direct superior");
    }

    @Test
    @DisplayName("a refusal without a reason is a programming error")
    void emptyIsProgrammingError() {
        assertThatThrownBy(() -> new Rejections<KernelRejection>(List.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
