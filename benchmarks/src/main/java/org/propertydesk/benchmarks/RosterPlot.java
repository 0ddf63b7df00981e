package org.propertydesk.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws roster validation time against roster size on log–log axes: the measured validation, the
 * same run's baseline, and a dashed line of slope 1 through the 1× point (linear growth).
 */
final class RosterPlot {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 420;
    private static final int LEFT = 80;
    private static final int RIGHT = 160;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private RosterPlot() {}

    /** {@code staff} sizes with validation and baseline times in milliseconds, same order. */
    static void write(Path png, double[] staff, double[] validateMillis, double[] baselineMillis, String title) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);

        double[] linear = new double[staff.length];
        for (int i = 0; i < staff.length; i++) {
            linear[i] = validateMillis[0] * staff[i] / staff[0];
        }
        double minX = Math.log10(staff[0]);
        double maxX = Math.log10(staff[staff.length - 1]);
        double minY = Math.floor(Math.log10(min(List.of(validateMillis, baselineMillis, linear))));
        double maxY = Math.ceil(Math.log10(max(List.of(validateMillis, baselineMillis, linear))));
        Axes axes = new Axes(minX, maxX, minY, maxY);

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.LIGHT_GRAY);
        for (double decade = minY; decade <= maxY; decade++) {
            int y = axes.y(decade);
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%s ms", trim(Math.pow(10, decade))), 8, y + 4);
            g.setColor(Color.LIGHT_GRAY);
        }
        g.setColor(Color.DARK_GRAY);
        for (double size : staff) {
            int x = axes.x(Math.log10(size));
            g.drawLine(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 5);
            g.drawString(String.format(Locale.ROOT, "%,.0f", size), x - 14, HEIGHT - BOTTOM + 20);
        }
        g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
        g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
        g.drawString("staff on the roster (one month, log scale)", LEFT + 60, HEIGHT - 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(title, LEFT, 22);

        series(g, axes, staff, linear, new Color(120, 120, 120), true);
        series(g, axes, staff, baselineMillis, new Color(30, 120, 200), false);
        series(g, axes, staff, validateMillis, new Color(200, 60, 40), false);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        legend(g, 0, "validate", new Color(200, 60, 40), false);
        legend(g, 1, "baseline", new Color(30, 120, 200), false);
        legend(g, 2, "linear from 1×", new Color(120, 120, 120), true);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private record Axes(double minX, double maxX, double minY, double maxY) {
        int x(double logValue) {
            return LEFT + (int) Math.round((logValue - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT));
        }

        int y(double logValue) {
            return HEIGHT - BOTTOM - (int) Math.round((logValue - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM));
        }
    }

    private static void series(Graphics2D g, Axes axes, double[] xs, double[] ys, Color color, boolean dashed) {
        g.setColor(color);
        g.setStroke(dashed ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0)
                : new BasicStroke(2f));
        for (int i = 0; i < xs.length; i++) {
            int x = axes.x(Math.log10(xs[i]));
            int y = axes.y(Math.log10(ys[i]));
            if (!dashed) {
                g.fillOval(x - 4, y - 4, 8, 8);
            }
            if (i > 0) {
                g.drawLine(axes.x(Math.log10(xs[i - 1])), axes.y(Math.log10(ys[i - 1])), x, y);
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void legend(Graphics2D g, int line, String label, Color color, boolean dashed) {
        int x = WIDTH - RIGHT + 15;
        int y = TOP + 20 + line * 20;
        g.setColor(color);
        g.setStroke(dashed ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0)
                : new BasicStroke(2f));
        g.drawLine(x, y - 4, x + 20, y - 4);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.DARK_GRAY);
        g.drawString(label, x + 26, y);
    }

    private static double min(List<double[]> series) {
        return series.stream().flatMapToDouble(java.util.Arrays::stream).filter(v -> v > 0).min().orElse(1);
    }

    private static double max(List<double[]> series) {
        return series.stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(10);
    }

    private static String trim(double value) {
        return value >= 1 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%s", value);
    }
}
