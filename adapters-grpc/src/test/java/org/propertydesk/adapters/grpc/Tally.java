package org.propertydesk.adapters.grpc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.propertydesk.testkit.kernel.Figures;

/**
 * Counts that several test classes add to one report section (every service's table adds its RPCs),
 * rewritten by each class when it ends, so the fragment holds the totals of everything run in this
 * JVM so far.
 */
final class Tally {

    private static final Map<String, Map<String, Long>> SECTIONS = new LinkedHashMap<>();
    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    private Tally() {}

    static synchronized void add(String section, String title, String figure, long count) {
        TITLES.put(section, title);
        SECTIONS.computeIfAbsent(section, ignored -> new LinkedHashMap<>()).merge(figure, count, Long::sum);
    }

    static synchronized void write(String section) {
        Map<String, Long> figures = SECTIONS.get(section);
        if (figures == null) {
            return;
        }
        Figures report = Figures.section(section, TITLES.get(section));
        figures.forEach(report::figure);
        report.write();
    }
}
