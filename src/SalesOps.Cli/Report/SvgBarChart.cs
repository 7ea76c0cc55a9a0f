using System.Globalization;
using System.Text;

namespace SalesOps.Cli.Report;

/// <summary>
/// A stacked bar chart as inline SVG: one bar per category (e.g. period), one segment per series (e.g. value-chain
/// stage) stacked from 0, a nice y axis, a legend and a tooltip per segment. Null and negative values draw nothing.
/// </summary>
internal sealed class SvgBarChart
{
    public const int MarginLeft = 64;
    public const int MarginRight = 16;
    public const int MarginTop = 34;
    public const int LegendRowHeight = 16;

    public required string Title { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    public required IReadOnlyList<ChartSeries> Series { get; init; }

    public int Width { get; init; } = 560;

    public int PlotHeight { get; init; } = 170;

    public Func<decimal, string> Format { get; init; } = v => v.ToString("0.##", CultureInfo.InvariantCulture);

    public string EmptyText { get; init; } = "no data";

    /// <summary>How many legend entries fit on a row.</summary>
    public int LegendColumns { get; init; } = 3;

    private int LegendRows => Series.Count < 2 ? 0 : (Series.Count + LegendColumns - 1) / LegendColumns;

    /// <summary>The total height: title, plot, x labels and legend rows.</summary>
    public int Height => MarginTop + PlotHeight + 24 + (LegendRows * LegendRowHeight) + 6;

    private double PlotWidth => Width - MarginLeft - MarginRight;

    /// <summary>The sum of the positive values of a category.</summary>
    public decimal StackTotal(int index) => Series.Sum(s => index < s.Values.Count && s.Values[index] is > 0m and { } v ? v : 0m);

    /// <summary>The y axis from 0 to the tallest stack.</summary>
    public AxisScale Scale => AxisScale.Nice(0m, Math.Max(Enumerable.Range(0, Labels.Count).Select(StackTotal).DefaultIfEmpty(0m).Max(), 0m));

    /// <summary>The width of one category's band.</summary>
    public double Band => Labels.Count == 0 ? PlotWidth : PlotWidth / Labels.Count;

    /// <summary>The left edge of a category's bar (70 % of its band, centred).</summary>
    public double BarX(int index) => MarginLeft + (index * Band) + (Band * 0.15);

    public double BarWidth => Band * 0.7;

    /// <summary>The y pixel of a value on the scale.</summary>
    public double Y(decimal value, AxisScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return MarginTop + (PlotHeight * (1 - (double)((value - scale.Min) / (scale.Max - scale.Min))));
    }

    public string Render()
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Html.Escape(Title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"title\" x=\"{MarginLeft}\" y=\"18\">{Html.Escape(Title)}</text>");
        if (Enumerable.Range(0, Labels.Count).All(i => StackTotal(i) == 0m))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"empty\" x=\"{Html.Coordinate(MarginLeft + (PlotWidth / 2))}\" y=\"{Html.Coordinate(MarginTop + (PlotHeight / 2.0))}\" text-anchor=\"middle\">{Html.Escape(EmptyText)}</text></svg>");
            return svg.ToString();
        }

        AxisScale scale = Scale;
        foreach (decimal tick in scale.Ticks)
        {
            string y = Html.Coordinate(Y(tick, scale));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{MarginLeft}\" y1=\"{y}\" x2=\"{Width - MarginRight}\" y2=\"{y}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{MarginLeft - 6}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\">{Html.Escape(Format(tick))}</text>");
        }

        int every = SvgLineChart.LabelStep(Labels, PlotWidth);
        for (int i = 0; i < Labels.Count; i++)
        {
            decimal stacked = 0m;
            foreach (ChartSeries series in Series)
            {
                if (i >= series.Values.Count || series.Values[i] is not > 0m || series.Values[i] is not { } value)
                {
                    continue;
                }

                double top = Y(stacked + value, scale);
                double bottom = Y(stacked, scale);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Html.Coordinate(BarX(i))}\" y=\"{Html.Coordinate(top)}\" width=\"{Html.Coordinate(BarWidth)}\" height=\"{Html.Coordinate(bottom - top)}\" fill=\"{Html.Escape(series.Colour)}\"><title>{Html.Escape($"{series.Name}, {Labels[i]}: {Format(value)}")}</title></rect>");
                stacked += value;
            }

            if (i % every == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Html.Coordinate(BarX(i) + (BarWidth / 2))}\" y=\"{MarginTop + PlotHeight + 16}\" text-anchor=\"middle\">{Html.Escape(Labels[i])}</text>");
            }
        }

        if (Series.Count >= 2)
        {
            double columnWidth = PlotWidth / LegendColumns;
            for (int s = 0; s < Series.Count; s++)
            {
                double x = MarginLeft + (s % LegendColumns * columnWidth);
                double y = MarginTop + PlotHeight + 24 + ((s / LegendColumns) * LegendRowHeight) + 10;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Html.Coordinate(x)}\" y=\"{Html.Coordinate(y - 9)}\" width=\"10\" height=\"10\" fill=\"{Html.Escape(Series[s].Colour)}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{Html.Coordinate(x + 14)}\" y=\"{Html.Coordinate(y)}\">{Html.Escape(Series[s].Name)}</text>");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
