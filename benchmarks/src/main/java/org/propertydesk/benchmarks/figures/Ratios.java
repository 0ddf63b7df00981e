package org.propertydesk.benchmarks.figures;

import java.util.Locale;

/** How every report of the suite writes a figure and a ratio checked against an issue 11 target. */
public final class Ratios {

    private Ratios() {}

    /**
     * A ratio as {@link #format} writes it, followed by ×; with a third decimal where two would print
     * the very target it is checked against, so a verdict never contradicts its figure (0.495× is not 0.50×).
     */
    public static String against(double value, double target) {
        String shown = format(value);
        return (value != target && shown.equals(format(target)) ? String.format(Locale.ROOT, "%.3f", value) : shown) + "×";
    }

    /** Three significant figures or so: thousands grouped, two decimals below 10; n/a for no number. */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
