using SalesOps.Cli.Report;

namespace SalesOps.Cli.Tests.Report;

public class SvgBarChartTests
{
    // Width 560, margins left 64, right 16: a plot 480 wide; plot height 170 from y = 34.
    private static SvgBarChart Chart() => new()
    {
        Title = "Cost per stage",
        Labels = ["P1", "P2"],
        Series =
        [
            new ChartSeries("A", "#aaa", [10m, 30m]),
            new ChartSeries("B", "#bbb", [20m, null]),
        ],
    };

    [Fact]
    public void Scale_RunsFromZeroToTheTallestStack()
    {
        SvgBarChart chart = Chart();

        chart.StackTotal(0).Should().Be(30m);
        chart.StackTotal(1).Should().Be(30m);
        chart.Scale.Should().Be(new AxisScale(0m, 30m, 10m));
    }

    [Fact]
    public void Bars_TakeSeventyPercentOfTheirBand()
    {
        SvgBarChart chart = Chart();

        chart.Band.Should().Be(240);
        chart.BarX(0).Should().Be(100);   // 64 + 0.15 × 240
        chart.BarX(1).Should().Be(340);   // 64 + 240 + 36
        chart.BarWidth.Should().Be(168);
    }

    [Fact]
    public void Render_StacksSegmentsFromZero()
    {
        SvgBarChart chart = Chart();

        string svg = chart.Render();

        // A in P1: 0..10 → y from 147.33 (34 + 170 × 2/3) down to 204.
        svg.Should().Contain("<rect x=\"100\" y=\"147.33\" width=\"168\" height=\"56.67\" fill=\"#aaa\"><title>A, P1: 10</title></rect>");
        // B in P1 on top of A: 10..30 → y from 34 to 147.33.
        svg.Should().Contain("<rect x=\"100\" y=\"34\" width=\"168\" height=\"113.33\" fill=\"#bbb\"><title>B, P1: 20</title></rect>");
        // A in P2: 0..30, the full height; B has no value there.
        svg.Should().Contain("<rect x=\"340\" y=\"34\" width=\"168\" height=\"170\" fill=\"#aaa\">");
        svg.Should().NotContain("B, P2");
    }

    [Fact]
    public void Height_AddsOneLegendRowPerThreeSeries()
    {
        Chart().Height.Should().Be(250);   // 34 + 170 + 24 + 16 + 6
    }

    [Fact]
    public void Render_NoPositiveValues_ShowsTheEmptyText()
    {
        var chart = new SvgBarChart
        {
            Title = "Cost",
            Labels = ["P1"],
            Series = [new ChartSeries("A", "#aaa", [null]), new ChartSeries("B", "#bbb", [-5m])],
            EmptyText = "stage costs not available",
        };

        string svg = chart.Render();

        svg.Should().Contain("stage costs not available");
        svg.Should().NotContain("<rect x=");
    }

    [Fact]
    public void Render_EscapesNamesAndLabels()
    {
        var chart = new SvgBarChart
        {
            Title = "R&D <cost>",
            Labels = ["\"P1\""],
            Series = [new ChartSeries("Marketing & sales", "#aaa", [1m]), new ChartSeries("x'y", "#bbb", [1m])],
        };

        string svg = chart.Render();

        svg.Should().Contain("R&amp;D &lt;cost&gt;").And.Contain("&quot;P1&quot;").And.Contain("Marketing &amp; sales").And.Contain("x&#39;y");
        svg.Should().NotContain("<cost>");
    }
}
