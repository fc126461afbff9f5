package io.github.zhreader.eval;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the cost curves {@link CostCurves} measured (the {@code .tsv} files of a folder) as PNG charts in the same
 * folder, each with the command that measured it written on it:
 *
 * <pre>
 * java -cp "$CP" io.github.zhreader.eval.CostCharts docs/cost
 * </pre>
 *
 * A file that is not there is passed over. Both axes of a growth curve are logarithmic, and a dashed line shows
 * a cost proportional to the work through the last point, so that a curve bending away from it stands out.
 */
public final class CostCharts {

    private CostCharts() {}

    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path annotate = dir.resolve("annotate.tsv");
        if (Files.exists(annotate)) {
            List<double[]> rows = numbers(annotate);
            double[] mb = column(rows, 0, 1e-6);
            String command = "CostCurves annotate: /usr/bin/time ./zhreader annotate --format json FILE > /dev/null";
            save(
                    growth(
                            "annotate: time by text size",
                            "text (MB of UTF-8)",
                            "seconds, whole process",
                            mb,
                            column(rows, 1, 1)),
                    command,
                    dir.resolve("annotate-time.png"));
            save(
                    growth(
                            "annotate: memory by text size",
                            "text (MB of UTF-8)",
                            "largest resident set (MB)",
                            mb,
                            column(rows, 2, 1)),
                    command,
                    dir.resolve("annotate-memory.png"));
        }
        Path library = dir.resolve("library.tsv");
        if (Files.exists(library)) {
            List<double[]> rows = numbers(library);
            double[] sentences = column(rows, 0, 1);
            String command = "CostCurves library: batches on 2 threads as zhreader add --threads 2";
            save(
                    growth(
                            "library: time to add",
                            "sentences",
                            "seconds, committed and merged",
                            sentences,
                            column(rows, 1, 1)),
                    command,
                    dir.resolve("library-add.png"));
            save(
                    growth("library: size on disk", "sentences", "MB on disk", sentences, column(rows, 3, 1)),
                    command,
                    dir.resolve("library-size.png"));
            XYChart latency = new XYChartBuilder()
                    .width(WIDTH)
                    .height(HEIGHT)
                    .title("library: search latency, 1,000 mixed queries, top 10")
                    .xAxisTitle("sentences")
                    .yAxisTitle("milliseconds")
                    .build();
            style(latency);
            latency.getStyler().setXAxisLogarithmic(true);
            latency.getStyler().setXAxisDecimalPattern("#,##0");
            latency.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
            latency.addSeries("median", sentences, column(rows, 4, 1)).setMarker(SeriesMarkers.CIRCLE);
            latency.addSeries("99th percentile", sentences, column(rows, 5, 1)).setMarker(SeriesMarkers.DIAMOND);
            save(latency, command + "; searched as zhreader search does", dir.resolve("library-search.png"));
        }
        Path start = dir.resolve("start.tsv");
        if (Files.exists(start)) {
            List<String> names = new ArrayList<>();
            List<Double> seconds = new ArrayList<>();
            for (String line : Files.readAllLines(start, StandardCharsets.UTF_8)
                    .subList(1, Files.readAllLines(start).size())) {
                String[] f = line.split("\t");
                names.add(f[0]);
                seconds.add(Double.parseDouble(f[1]));
            }
            CategoryChart chart = new CategoryChartBuilder()
                    .width(WIDTH)
                    .height(HEIGHT)
                    .title("cold start on the sample article (SAMPLE), median of 20 runs")
                    .xAxisTitle("command")
                    .yAxisTitle("seconds, whole process")
                    .build();
            style(chart);
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setXAxisLabelRotation(35);
            chart.getStyler().setLabelsVisible(true);
            chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            chart.addSeries("median", names, seconds);
            save(
                    chart,
                    "CostCurves start: hyperfine -N -w 3 -r 20 './zhreader COMMAND' (HanLP.segment only: eval.HanLpOnly"
                            + " with the launcher's JVM options)",
                    dir.resolve("cold-start.png"));
        }
    }

    /**
     * A log-log curve of {@code y} against {@code x}, with a cost proportional to the work through the last point
     * dashed: a curve under it on the left pays a fixed cost (the start), one that leaves it grows faster than
     * linearly.
     */
    private static XYChart growth(String title, String xTitle, String yTitle, double[] x, double[] y) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        style(chart);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.addSeries("measured", x, y).setMarker(SeriesMarkers.CIRCLE);
        chart.getStyler().setXAxisDecimalPattern("#,##0.###");
        chart.getStyler().setYAxisDecimalPattern("#,##0.###");
        int last = x.length - 1;
        double[] linear = new double[x.length];
        for (int i = 0; i < x.length; i++) linear[i] = y[last] * x[i] / x[last];
        var line = chart.addSeries("proportional to the work, through the last point", x, linear);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineStyle(new java.awt.BasicStroke(
                1.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {6f, 6f}, 0f));
        line.setLineColor(Color.GRAY);
        return chart;
    }

    private static void style(Chart<?, ?> chart) {
        Styler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.InsideSE);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    }

    /** Writes {@code chart} with {@code command} in a box under its title. */
    private static void save(Chart<?, ?> chart, String command, Path png) throws IOException {
        // Under the title, clear of the axes' labels; the legend sits in the plot's lower right.
        chart.addAnnotation(new AnnotationTextPanel(command, 80, HEIGHT - 78, true));
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        System.out.println("wrote " + png);
    }

    private static List<double[]> numbers(Path tsv) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            double[] row = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                try {
                    row[i] = Double.parseDouble(f[i]);
                } catch (NumberFormatException e) {
                    row[i] = Double.NaN;
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static double[] column(List<double[]> rows, int i, double scale) {
        return rows.stream().mapToDouble(r -> r[i] * scale).toArray();
    }
}
