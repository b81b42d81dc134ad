package dev.nicepick.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
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
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
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
    private static final Color BAND = new Color(0xD55E00);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private SvgCharts() {
    }

    /**
     * Lines over time, e.g. answers per second by kind, with bands shaded behind them.
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
        for (Series.Band band : bands) {
            Instant to = band.to() == null ? latest : band.to();
            IntervalMarker marker = new IntervalMarker(band.from().toEpochMilli(), Math.max(to.toEpochMilli(), band.from().toEpochMilli()),
                    withAlpha(BAND, 40), new BasicStroke(1f), withAlpha(BAND, 120), new BasicStroke(1f), 1f);
            marker.setLabel(band.label());
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
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
