package dev.nicepick.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Draws the lab's three kinds of chart as SVG text: lines over time with shaded bands (availability), grouped bars
 * (lag histograms), and lines on a numeric axis (throughput against threads or replicas). The SVG has a view box
 * and no fixed size, so it fills its container; its accessible name is the chart's description.
 * Needs a font (headless AWT measures text): any the JVM or fontconfig finds.
 */
public final class SvgCharts {

    /** Colour-blind-safe (Okabe-Ito), in the order series are given. */
    private static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0xD55E00),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0x56B4E9));
    /** Shades for bands behind the lines: the first kind (e.g. a drill) warm, the next (a breaker open) grey, then purple. */
    private static final List<Color> BANDS = List.of(new Color(0xD55E00), new Color(0x555555), new Color(0xCC79A7));
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private SvgCharts() {
    }

    /**
     * Lines over time, e.g. answers per second by kind, with bands shaded behind them: one colour and one legend entry
     * per band label (e.g. "latency drill", "verdicts breaker open").
     *
     * @param yLabel the value axis' label with its unit, e.g. "answers per second"
     */
    public static String timelines(Chart chart, String yLabel, List<Series.Timeline> lines, List<Series.Band> bands) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (Series.Timeline line : lines) {
            TimeSeries series = new TimeSeries(line.name());
            line.moments().forEach(m -> series.addOrUpdate(new FixedMillisecond(m.at().toEpochMilli()), m.value()));
            data.addSeries(series);
        }
        JFreeChart drawn = ChartFactory.createTimeSeriesChart(chart.title(), "time (UTC)", yLabel, data, true, false, false);
        XYPlot plot = drawn.getXYPlot();
        ((DateAxis) plot.getDomainAxis()).setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        plot.getRangeAxis().setLowerBound(0);
        lineStyle(plot, false);
        Instant latest = lines.stream().flatMap(l -> l.moments().stream()).map(Series.Moment::at).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        // Bands carry no text of their own (several side by side would overprint): each kind, by its label, gets a
        // colour and one entry in the legend beside the lines'.
        List<String> kinds = bands.stream().map(Series.Band::label).distinct().toList();
        LegendItemCollection legend = plot.getLegendItems();
        for (String kind : kinds) {
            legend.add(new LegendItem(kind, null, null, null, new Rectangle2D.Double(-5, -5, 10, 10), bandColour(kinds.indexOf(kind), 110)));
        }
        plot.setFixedLegendItems(legend);
        for (Series.Band band : bands) {
            Instant to = band.to() == null ? latest : band.to();
            Color colour = bandColour(kinds.indexOf(band.label()), 45);
            IntervalMarker marker = new IntervalMarker(band.from().toEpochMilli(), Math.max(to.toEpochMilli(), band.from().toEpochMilli()),
                    colour, new BasicStroke(0f), colour, new BasicStroke(0f), 1f);
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        return svg(chart, drawn);
    }

    /**
     * Grouped bars: one group per category (e.g. a histogram bucket "100-250 ms"), one bar per series in it.
     *
     * @param categories the groups, left to right; every series has one value per category
     */
    public static String bars(Chart chart, String xLabel, String yLabel, List<String> categories, List<Series.Bars> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series.Bars series : bars) {
            if (series.values().size() != categories.size()) {
                throw new IllegalArgumentException(series.name() + " has " + series.values().size() + " values for "
                        + categories.size() + " categories");
            }
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(series.values().get(i), series.name(), categories.get(i));
            }
        }
        JFreeChart drawn = ChartFactory.createBarChart(chart.title(), xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = drawn.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < bars.size(); i++) {
            renderer.setSeriesPaint(i, colour(i));
        }
        return svg(chart, drawn);
    }

    /** Lines on a numeric x axis with each point marked, e.g. topics per second against threads. */
    public static String lines(Chart chart, String xLabel, String yLabel, List<Series.Line> lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series.Line line : lines) {
            XYSeries series = new XYSeries(line.name(), true, true);
            line.points().forEach(p -> series.addOrUpdate(p.x(), p.y()));
            data.addSeries(series);
        }
        JFreeChart drawn = ChartFactory.createXYLineChart(chart.title(), xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = drawn.getXYPlot();
        plot.getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        lineStyle(plot, true);
        return svg(chart, drawn);
    }

    private static void lineStyle(XYPlot plot, boolean shapes) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, shapes);
        for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, colour(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
    }

    private static String svg(Chart chart, JFreeChart drawn) {
        drawn.setBackgroundPaint(Color.WHITE);
        drawn.getTitle().setFont(TITLE);
        drawn.setAntiAlias(true);
        SVGGraphics2D g2 = new SVGGraphics2D(chart.width(), chart.height());
        // ids inside the SVG (clip paths) start with the chart's id, so charts inline on one page never collide,
        // and the same figures always give the same text
        g2.setDefsKeyPrefix(chart.id() + "-");
        drawn.draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        String svg = g2.getSVGElement(chart.id(), false, new ViewBox(0, 0, chart.width(), chart.height()), null, null);
        // JFreeSVG declares a namespace of its own that nothing in the drawing uses and that HTML does not allow on an
        // inline svg element (the Nu HTML Checker refuses it): without it the SVG is valid both inline and as a file
        return presentationAttributes(svg.replaceFirst(" xmlns:jfreesvg='[^']*'", ""))
                .replaceFirst("<svg ", "<svg role='img' aria-label='" + attribute(chart.description()) + "' ");
    }

    private static final Pattern STYLE = Pattern.compile("style='([^']*)'");

    /**
     * JFreeSVG writes colours, strokes and fonts as {@code style} attributes, which a page whose Content-Security-Policy
     * has no {@code 'unsafe-inline'} for styles (the suite's) does not apply: every shape would be black. The same
     * declarations as SVG presentation attributes ({@code fill='rgb(0,0,0)'}) draw the same and need no exception.
     */
    static String presentationAttributes(String svg) {
        return STYLE.matcher(svg).replaceAll(style -> Matcher.quoteReplacement(Arrays.stream(style.group(1).split(";"))
                .map(String::strip).filter(declaration -> declaration.contains(":"))
                .map(declaration -> declaration.substring(0, declaration.indexOf(':')).strip() + "='"
                        + attribute(declaration.substring(declaration.indexOf(':') + 1).strip()) + "'")
                .collect(Collectors.joining(" "))));
    }

    /**
     * A lag bucket's label, short enough for a chart's axis: {@code 0–25 ms}, {@code 0.5–1 s}, {@code ≥ 10 s}.
     *
     * @param fromMs the bucket's lower edge, inclusive, in milliseconds
     * @param toMs   its upper edge, exclusive, or null for the open-ended last bucket
     */
    public static String durationRange(long fromMs, Long toMs) {
        if (toMs == null) {
            return "≥ " + duration(fromMs, fromMs >= 1000) + (fromMs >= 1000 ? " s" : " ms");
        }
        boolean seconds = toMs > 1000 || (toMs == 1000 && fromMs >= 500);
        return duration(fromMs, seconds) + "–" + duration(toMs, seconds) + (seconds ? " s" : " ms");
    }

    private static String duration(long ms, boolean inSeconds) {
        return inSeconds ? BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() : Long.toString(ms);
    }

    private static Color bandColour(int index, int alpha) {
        return withAlpha(BANDS.get(index % BANDS.size()), alpha);
    }

    private static Paint colour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    private static Color withAlpha(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("'", "&apos;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
