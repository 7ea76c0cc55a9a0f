using SalesOps.Cli.Report;

namespace SalesOps.Cli.Tests.Report;

public class SvgLineChartTests
{
    // Width 560, height 250, margins left 64, right 36, top 34, bottom 44: a plot of 460 × 172 pixels.
    private static SvgLineChart Chart(params decimal?[] values) => new()
    {
        Title = "Revenue",
        Labels = ["a", "b", "c"],
        Series = [new ChartSeries("revenue", "#123456", values)],
        IncludeZero = true,
    };

    [Fact]
    public void X_SpreadsCategoriesAcrossThePlot()
    {
        SvgLineChart chart = Chart(0m, 50m, 100m);

        chart.X(0).Should().Be(64);
        chart.X(1).Should().Be(294);   // 64 + 460 / 2
        chart.X(2).Should().Be(524);   // 64 + 460
    }

    [Fact]
    public void X_OneCategory_IsInTheMiddle()
    {
        var chart = new SvgLineChart { Title = "t", Labels = ["only"], Series = [new ChartSeries("s", "#000", [1m])] };

        chart.X(0).Should().Be(294);
    }

    [Fact]
    public void Y_MapsTheScaleOntoThePlotTopDown()
    {
        SvgLineChart chart = Chart(0m, 50m, 100m);
        AxisScale scale = chart.Scale;

        scale.Should().Be(new AxisScale(0m, 100m, 50m));
        chart.Y(100m, scale).Should().Be(34);    // top margin
        chart.Y(0m, scale).Should().Be(206);     // 34 + 172
        chart.Y(50m, scale).Should().Be(120);    // 34 + 86
    }

    [Fact]
    public void Scale_WithoutIncludeZero_CoversOnlyTheData()
    {
        var chart = new SvgLineChart { Title = "t", Labels = ["a", "b"], Series = [new ChartSeries("s", "#000", [0.12m, 0.31m])] };

        chart.Scale.Should().Be(new AxisScale(0.10m, 0.35m, 0.05m));
    }

    [Fact]
    public void Scale_FixedBounds_AreKept()
    {
        var chart = new SvgLineChart { Title = "t", Labels = ["a"], Series = [new ChartSeries("s", "#000", [0.4m])], FixedMin = 0m, FixedMax = 1m };

        chart.Scale.Min.Should().Be(0m);
        chart.Scale.Max.Should().Be(1m);
    }

    [Fact]
    public void Path_ConnectsConsecutiveValues()
    {
        SvgLineChart chart = Chart(0m, 50m, 100m);

        chart.Path(chart.Series[0], chart.Scale).Should().Be("M64,206 L294,120 L524,34");
    }

    [Fact]
    public void Path_NullValue_BreaksTheLine()
    {
        SvgLineChart chart = Chart(0m, null, 100m);

        chart.Path(chart.Series[0], chart.Scale).Should().Be("M64,206 M524,34");
    }

    [Fact]
    public void Render_DrawsGridTicksPointsAndTooltips()
    {
        string svg = Chart(0m, 50m, 100m).Render();

        svg.Should().StartWith("<svg ").And.EndWith("</svg>");
        svg.Should().Contain("viewBox=\"0 0 560 250\"");
        svg.Should().Contain("<line class=\"grid\" x1=\"64\" y1=\"120\" x2=\"524\" y2=\"120\"/>");
        svg.Should().Contain(">50</text>");
        svg.Should().Contain("<path class=\"line\" fill=\"none\" stroke=\"#123456\" stroke-width=\"2\" d=\"M64,206 L294,120 L524,34\"/>");
        svg.Should().Contain("<circle cx=\"294\" cy=\"120\" r=\"2.5\" fill=\"#123456\"><title>revenue, b: 50</title></circle>");
    }

    [Fact]
    public void Render_NoValues_ShowsTheEmptyText()
    {
        var chart = new SvgLineChart
        {
            Title = "Stockout rate",
            Labels = ["a", "b"],
            Series = [new ChartSeries("s", "#000", [null, null])],
            EmptyText = "not available: missing measure 'stockout'",
        };

        string svg = chart.Render();

        svg.Should().Contain("not available: missing measure &#39;stockout&#39;");
        svg.Should().NotContain("<path");
    }

    [Fact]
    public void Render_EscapesTitlesLabelsAndSeriesNames()
    {
        var chart = new SvgLineChart
        {
            Title = "<script>alert(1)</script>",
            Labels = ["Q1 & Q2", "\"b\""],
            Series = [new ChartSeries("a<b", "#000", [1m, 2m]), new ChartSeries("c>d", "#111", [2m, 1m])],
        };

        string svg = chart.Render();

        svg.Should().NotContain("<script>").And.NotContain("Q1 & Q2").And.NotContain("a<b").And.NotContain("c>d");
        svg.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("Q1 &amp; Q2").And.Contain("&quot;b&quot;")
            .And.Contain("a&lt;b").And.Contain("c&gt;d");
    }

    [Theory]
    [InlineData(24, 10, 460, 4)]   // 24 × (10 × 6.5 + 10) / 460 = 3.9 → every 4th label
    [InlineData(6, 7, 460, 1)]     // all fit
    [InlineData(0, 7, 460, 1)]
    public void LabelStep_KeepsLabelsFromOverlapping(int count, int length, double width, int expected)
    {
        string[] labels = [.. Enumerable.Repeat(new string('x', length), count)];

        SvgLineChart.LabelStep(labels, width).Should().Be(expected);
    }
}
