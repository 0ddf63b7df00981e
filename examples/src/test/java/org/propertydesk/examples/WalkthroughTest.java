package org.propertydesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WalkthroughTest {

    @Test
    @DisplayName("K-3, R-CF-9: the README's walkthrough runs to the end on an embedded database, with every figure it checks")
    void walkthroughCompletes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:walkthrough-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new Walkthrough(new PrintStream(buffer, true, StandardCharsets.UTF_8), h2).run();

        String narration = buffer.toString(StandardCharsets.UTF_8);
        assertThat(narration)
                .contains("张保安 → 陈主管 → 刘经理 → 周总")
                .contains("due Mon 2026-10-12 17:30")
                .contains("15 h 30 min")
                .contains("tampered entry 1")
                .endsWith("Walkthrough complete." + System.lineSeparator());
    }
}
