package org.propertydesk.testkit.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a reliability test counted — requests fuzzed, conflicts resolved, faults injected, denials
 * checked — written by the test itself as a Markdown fragment under {@code target/reliability/}
 * of the module it runs in. PropertyDesk's {@code .ci/reliability} runs its full-size tests and
 * puts the fragments into the README's reliability section, so no figure there is typed by hand;
 * a vendor's own reliability tests can report the same way.
 *
 * <p>Usage: {@code Figures.section("fuzzing", "Hostile input over gRPC").figure("requests sent", n).write();}
 */
public final class Figures {

    /** {@code -Dpropertydesk.reliability=full} runs the full-size tests (e.g. 100,000 fuzzed requests); otherwise the CI size. */
    public static final boolean FULL = "full".equals(System.getProperty("propertydesk.reliability"));

    private final String file;
    private final String title;
    private final List<String> rows = new ArrayList<>();

    private Figures(String file, String title) {
        this.file = file;
        this.title = title;
    }

    /** A section of the report: {@code file} names its fragment (and orders it), {@code title} heads it. */
    public static Figures section(String file, String title) {
        return new Figures(file, title);
    }

    /** A figure: what was counted and how many. */
    public Figures figure(String what, long count) {
        rows.add("| " + what + " | " + String.format(Locale.ROOT, "%,d", count) + " |");
        return this;
    }

    /** A figure that is not a count (a duration, a ratio, a yes/no). */
    public Figures figure(String what, String value) {
        rows.add("| " + what + " | " + value + " |");
        return this;
    }

    /** Writes the fragment to {@code target/reliability/<file>.md}, replacing an earlier run's. */
    public void write() {
        StringBuilder text = new StringBuilder()
                .append("### ").append(title).append("\n\n")
                .append("Run: ").append(FULL ? "full size" : "CI size").append(", ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(".\n\n")
                .append("| | |\n|---|---:|\n");
        rows.forEach(row -> text.append(row).append('\n'));
        try {
            Path dir = Path.of("target", "reliability");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file + ".md"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
