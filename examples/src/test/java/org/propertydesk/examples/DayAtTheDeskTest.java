package org.propertydesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.domain.kernel.OfficeId;

/** The README's main job: the story an integrator reads first, told on an embedded database. */
class DayAtTheDeskTest {

    private final DataSource database = h2();

    @Test
    @DisplayName("K-3, K-4, R-RO-5, R-HO-3, R-HO-5, R-CO-5, R-FC-5, R-FC-8, R-RN-3, R-CF-2, R-CF-8, R-CF-9: the day at the desk is told to the end, each step with the rule that decided it")
    void theStoryIsToldToTheEnd() {
        String story = tell();

        assertThat(story)
                .contains("a guard's line up: 张伟 → 孙海 → 刘志强 → 周建国")
                // a. the roster, as a table of date × post
                .contains("validation finds 7 violations, e.g. (R-RO-5) 大堂岗 has 1 of the 2 guards its day shift needs on the holiday Thu 10-01")
                .containsPattern("Thu 10-01 休 +张伟 +李强 刘洋 +王军 +— +孙海")
                .containsPattern("Sat 10-10 班 +\\S+ +\\S+ +\\S+ +王芳 李娜 +陈静")
                .contains("published, before Thu 09-24 00:00")
                // b. the handover
                .contains("refused (R-HO-3): no handover while the fire alarm")
                .contains("the count is refused (R-HO-5)")
                .contains("completed, radio no. 2 recorded MISSING; 李强 now answers for the lobby (R-HO-7)")
                // c. the complaint
                .contains("communicative (VENTING)")
                .contains("the reply is due Mon 10-12 17:30")
                .contains("Tue 10-13 09:00  half an hour of working time past the deadline (the night does not count): OVERDUE")
                .contains("escalates it (R-CO-5): communicative (VENTING) → effective (SECURITY)")
                // d. the wrong transfer
                .contains("routing (R-FC-3)")
                .contains("accepts it all the same (R-FC-5)")
                .contains("refused (R-FC-5): a wrongly transferred request stays where it landed")
                .contains("refused (R-FC-8)")
                // e. the arrears
                .contains("limitation ends Sat 2026-10-31")
                .contains("an ordinary letter is refused (R-RN-3)")
                // f. the personnel file
                .containsPattern("denied \\((R-CF-2, R-CF-8|R-CF-8, R-CF-2)\\)")
                .contains("RETURNED, on time")
                // g. the audit trail
                .contains("(R-CF-9)")
                .contains("4 entries, chain intact")
                .contains("first tampered entry #1")
                .endsWith("The day at the desk is over: every step turned out as the story says." + System.lineSeparator());
    }

    @Test
    @DisplayName("The story can be told again on the same database: each run sets up an office of its own")
    void toldTwiceOnOneDatabase() {
        OfficeId first = new DayAtTheDesk(database).run(silent());
        OfficeId second = new DayAtTheDesk(database).run(silent());

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    @DisplayName("Seeding the demo office twice on one database leaves one office with the same staff and calendar")
    void seedingIsIdempotent() {
        EmbeddedDesk desk = EmbeddedDesk.on(database, Clock.system(), Identities.random());
        OfficeId office = new OfficeId(UUID.randomUUID());

        DemoOffice once = DemoOffice.seed(desk, office);
        DemoOffice twice = DemoOffice.seed(EmbeddedDesk.on(database, Clock.system(), Identities.random()), office);

        assertThat(twice).isEqualTo(once);
        assertThat(desk.directory().staffOf(office)).containsExactlyInAnyOrderElementsOf(once.staff());
        assertThat(desk.calendar().of(office)).contains(DemoOffice.calendar2026());
    }

    private String tell() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new DayAtTheDesk(database).run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream silent() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:day-at-the-desk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }
}
