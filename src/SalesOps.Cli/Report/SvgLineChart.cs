using System.Globalization;
using System.Text;

namespace SalesOps.Cli.Report;

/// <summary>
/// A small line chart as inline SVG: categories along x (e.g. periods), one or more series, a nice y axis with grid
/// lines, a legend, and a tooltip per point. A null value breaks the line.
/// </summary>
internal sealed class SvgLineChart
{
    public const int MarginLeft = 64;
    public const int MarginRight = 36;
    public const int MarginTop = 34;
    public const int MarginBottom = 44;

    public required string Title { get; init; }

    /// <summary>The x categories, in order.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    public required IReadOnlyList<ChartSeries> Series { get; init; }

    public int Width { get; init; } = 560;

    public int Height { get; init; } = 250;

    /// <summary>Formats a y value (ticks and tooltips).</summary>
    public Func<decimal, string> Format { get; init; } = v => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Fixed y bounds; when null the axis covers the data (and 0 when <see cref="IncludeZero"/>).</summary>
    public decimal? FixedMin { get; init; }

    public decimal? FixedMax { get; init; }

    public bool IncludeZero { get; init; }

    /// <summary>What to show when no series has a value.</summary>
    public string EmptyText { get; init; } = "no data";

    private double PlotWidth => Width - MarginLeft - MarginRight;

    private double PlotHeight => Height - MarginTop - MarginBottom;

    /// <summary>The y axis: fixed bounds, or nice bounds around the values.</summary>
    public AxisScale Scale
    {
        get
        {
            decimal[] values = [.. Series.SelectMany(s => s.Values).OfType<decimal>()];
            if (FixedMin is { } fixedMin && FixedMax is { } fixedMax)
            {
                return new AxisScale(fixedMin, fixedMax, AxisScale.Nice(fixedMin, fixedMax).Step);
            }

            decimal low = values.Length == 0 ? 0m : values.Min();
            decimal high = values.Length == 0 ? 1m : values.Max();
            if (IncludeZero)
            {
                low = Math.Min(low, 0m);
                high = Math.Max(high, 0m);
            }

            return AxisScale.Nice(FixedMin ?? low, FixedMax ?? high);
        }
    }

    /// <summary>The x pixel of a category: spread evenly across the plot, a single one in the middle.</summary>
    public double X(int index) =>
        Labels.Count <= 1 ? MarginLeft + (PlotWidth / 2) : MarginLeft + (index * PlotWidth / (Labels.Count - 1));

    /// <summary>The y pixel of a value on <paramref name="scale"/> (top is the maximum).</summary>
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
        if (!Series.Any(s => s.Values.Any(v => v is not null)))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"empty\" x=\"{Html.Coordinate(MarginLeft + (PlotWidth / 2))}\" y=\"{Html.Coordinate(MarginTop + (PlotHeight / 2))}\" text-anchor=\"middle\">{Html.Escape(EmptyText)}</text></svg>");
            return svg.ToString();
        }

        AxisScale scale = Scale;
        foreach (decimal tick in scale.Ticks)
        {
            string y = Html.Coordinate(Y(tick, scale));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{MarginLeft}\" y1=\"{y}\" x2=\"{Width - MarginRight}\" y2=\"{y}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{MarginLeft - 6}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\">{Html.Escape(Format(tick))}</text>");
        }

        int every = LabelStep(Labels, PlotWidth);
        for (int i = 0; i < Labels.Count; i++)
        {
            if (i % every == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Html.Coordinate(X(i))}\" y=\"{Height - MarginBottom + 16}\" text-anchor=\"middle\">{Html.Escape(Labels[i])}</text>");
            }
        }

        foreach (ChartSeries series in Series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"line\" fill=\"none\" stroke=\"{Html.Escape(series.Colour)}\" stroke-width=\"2\" d=\"{Path(series, scale)}\"/>");
            for (int i = 0; i < series.Values.Count && i < Labels.Count; i++)
            {
                if (series.Values[i] is { } value)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Html.Coordinate(X(i))}\" cy=\"{Html.Coordinate(Y(value, scale))}\" r=\"2.5\" fill=\"{Html.Escape(series.Colour)}\"><title>{Html.Escape($"{series.Name}, {Labels[i]}: {Format(value)}")}</title></circle>");
                }
            }
        }

        Legend(svg);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Shows every n-th category label so that the labels (about 6.5 px a character) do not overlap.</summary>
    public static int LabelStep(IReadOnlyList<string> labels, double plotWidth)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count == 0)
        {
            return 1;
        }

        double widest = (labels.Max(l => l.Length) * 6.5) + 10;
        return Math.Max(1, (int)Math.Ceiling(labels.Count * widest / plotWidth));
    }

    /// <summary>The path data of a series: a move at the start of each unbroken run of values, lines within it.</summary>
    public string Path(ChartSeries series, AxisScale scale)
    {
        ArgumentNullException.ThrowIfNull(series);
        var d = new StringBuilder();
        bool drawing = false;
        for (int i = 0; i < series.Values.Count && i < Labels.Count; i++)
        {
            if (series.Values[i] is not { } value)
            {
                drawing = false;
                continue;
            }

            d.Append(d.Length == 0 ? string.Empty : " ").Append(drawing ? 'L' : 'M')
                .Append(Html.Coordinate(X(i))).Append(',').Append(Html.Coordinate(Y(value, scale)));
            drawing = true;
        }

        return d.ToString();
    }

    private void Legend(StringBuilder svg)
    {
        if (Series.Count < 2)
        {
            return;
        }

        double x = MarginLeft;
        double y = Height - 10;
        foreach (ChartSeries series in Series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Html.Coordinate(x)}\" y=\"{Html.Coordinate(y - 9)}\" width=\"10\" height=\"10\" fill=\"{Html.Escape(series.Colour)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{Html.Coordinate(x + 14)}\" y=\"{Html.Coordinate(y)}\">{Html.Escape(series.Name)}</text>");
            x += 24 + (series.Name.Length * 6.5);
        }
    }
}
