package org.dangjian.examples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Bar charts drawn by JFreeChart onto JFreeSVG's {@link SVGGraphics2D}, returned as an SVG element to inline in
 * the HTML report. Text stays text (the browser renders the Chinese labels); ids are fixed per chart so the same
 * county gives the same bytes.
 */
final class SvgCharts {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 380;
    private static final Color[] PALETTE = {new Color(0xC8, 0x1E, 0x1E), new Color(0xE0, 0x9F, 0x3E),
        new Color(0x4A, 0x6F, 0xA5), new Color(0x6B, 0x8E, 0x23), new Color(0x80, 0x80, 0x80)};

    static {
        System.setProperty("java.awt.headless", "true");
        // Rotated labels otherwise go through TextLayout and become glyph outlines drawn with the JVM's fonts:
        // on a machine without CJK fonts the township names turn into boxes. As <text> the browser draws them.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        ChartFactory.setChartTheme(theme);
    }

    private SvgCharts() {}

    /**
     * A bar chart.
     *
     * @param id the SVG element id, unique in the page, not null
     * @param categoryAxis the category axis label, not null
     * @param valueAxis the value axis label, not null
     * @param categories the categories in order, not null
     * @param series each series' values by category index, in order, not null
     * @param stacked whether to stack the series
     * @param target a horizontal target line, or null
     * @param targetLabel the target line's label, or null
     * @return the SVG element, not null
     */
    static String bars(String id, String categoryAxis, String valueAxis, List<String> categories,
            Map<String, double[]> series, boolean stacked, Double target, String targetLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, double[]> s : series.entrySet()) {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(s.getValue()[i], s.getKey(), categories.get(i));
            }
        }
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(null, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL,
                        series.size() > 1, false, false)
                : ChartFactory.createBarChart(null, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL,
                        series.size() > 1, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(0xFA, 0xFA, 0xF7));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        CategoryAxis axis = plot.getDomainAxis();
        if (categories.size() > 8) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        axis.setMaximumCategoryLabelLines(2);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        if (target != null) {
            ValueMarker marker = new ValueMarker(target, new Color(0x22, 0x22, 0x22),
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(targetLabel);
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker);
            double upper = plot.getRangeAxis().getUpperBound();
            if (upper < target * 1.05) {
                plot.getRangeAxis().setUpperBound(target * 1.08);
            }
        }
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(id + "-");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }
}
