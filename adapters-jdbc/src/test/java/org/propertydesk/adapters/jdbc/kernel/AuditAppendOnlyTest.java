package org.propertydesk.adapters.jdbc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-CF-9: the audit trail is append-only, and not merely by convention — no statement anywhere in
 * the JDBC adapter updates or deletes an audit entry. (The head row that records the chain's end
 * is updated as entries are appended; entries themselves never are.)
 */
@DisplayName("R-CF-9: no code path updates or deletes an audit entry")
class AuditAppendOnlyTest {

    private static final Pattern CHANGES_ENTRIES = Pattern.compile(
            "(update\\s+pd_audit_entry|delete\\s+from\\s+pd_audit_entry|truncate\\s+(table\\s+)?pd_audit_entry|drop\\s+table\\s+pd_audit_entry)");

    @Test
    @DisplayName("R-CF-9: neither the adapter's code nor its migrations change or remove pd_audit_entry rows")
    void noUpdateOrDeletePath() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources")))) {
            sources = files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql")).toList();
        }
        assertThat(sources).as("the adapter's sources are where the test expects them").isNotEmpty();

        for (Path source : sources) {
            String text = Files.readString(source).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            assertThat(CHANGES_ENTRIES.matcher(text).find()).as(source + " changes or removes audit entries").isFalse();
        }
        String trail = Files.readString(Path.of("src/main/java/org/propertydesk/adapters/jdbc/kernel/JdbcAuditTrail.java"))
                .toLowerCase(Locale.ROOT);
        assertThat(trail).as("the trail does append").contains("insert into pd_audit_entry");
    }
}
