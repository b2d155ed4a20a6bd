package kiku.backlog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kiku.backlog.engine.Matrix;

/**
 * Where each point of the matrix goes in the SVG: effort left to right, value bottom to top, bubble
 * area proportional to annual hours (issues without hours: a small hollow bubble). The numbers are
 * SVG attributes, written with a dot whatever the language; texts are escaped by the template.
 */
public record MatrixChart(List<Bubble> bubbles, List<Tick> ticks, List<Label> labels) {

    public static final int WIDTH = 760;
    public static final int HEIGHT = 560;
    public static final int LEFT = 70;
    public static final int TOP = 20;
    public static final int PLOT_WIDTH = 660;
    public static final int PLOT_HEIGHT = 460;
    static final double MIN_RADIUS = 5;
    static final double MAX_RADIUS = 28;

    public record Bubble(MatrixService.Point point, String cx, String cy, String r, boolean hollow) {}

    /** A quadrant's name in its corner. */
    public record Label(Matrix.Quadrant quadrant, int x, int y, String anchor) {}

    private static final List<Label> LABELS = List.of(
            new Label(Matrix.Quadrant.QUICK_WIN, LEFT + 10, TOP + 22, "start"),
            new Label(Matrix.Quadrant.MAJOR_PROJECT, LEFT + PLOT_WIDTH - 10, TOP + 22, "end"),
            new Label(Matrix.Quadrant.FILL_IN, LEFT + 10, TOP + PLOT_HEIGHT - 10, "start"),
            new Label(Matrix.Quadrant.RECONSIDER, LEFT + PLOT_WIDTH - 10, TOP + PLOT_HEIGHT - 10, "end"));

    /** A gridline position on both axes: 0, 0.25, ... 1. */
    public record Tick(String label, String x, String y) {}

    public static MatrixChart of(List<MatrixService.Point> points) {
        double most = points.stream().filter(p -> p.annualHours() != null).mapToDouble(MatrixService.Point::annualHours)
                .max().orElse(0);
        List<Bubble> bubbles = points.stream().filter(p -> p.quadrant() != null)
                .map(p -> {
                    boolean hollow = p.annualHours() == null || p.annualHours() <= 0 || most <= 0;
                    double r = hollow ? MIN_RADIUS : MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(p.annualHours() / most);
                    return new Bubble(p, number(x(p.effort())), number(y(p.value())), number(r), hollow);
                })
                // big bubbles first, so that small ones stay visible and clickable on top
                .sorted(Comparator.comparingDouble((Bubble b) -> Double.parseDouble(b.r())).reversed())
                .toList();
        List<Tick> ticks = List.of(0.0, 0.25, 0.5, 0.75, 1.0).stream()
                .map(t -> new Tick(String.format(Locale.ROOT, "%.2f", t), number(x(t)), number(y(t)))).toList();
        return new MatrixChart(bubbles, ticks, LABELS);
    }

    public String middleX() {
        return number(x(Matrix.MIDDLE));
    }

    public String middleY() {
        return number(y(Matrix.MIDDLE));
    }

    static double x(double effort) {
        return LEFT + effort * PLOT_WIDTH;
    }

    static double y(double value) {
        return TOP + (1 - value) * PLOT_HEIGHT;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
