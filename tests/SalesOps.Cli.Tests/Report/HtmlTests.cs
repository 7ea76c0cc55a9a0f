using SalesOps.Cli.Report;

namespace SalesOps.Cli.Tests.Report;

public class HtmlTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<script>", "&lt;script&gt;")]
    [InlineData("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_ReplacesTheFiveSpecialCharacters(string? text, string expected)
    {
        Html.Escape(text).Should().Be(expected);
    }

    [Theory]
    [InlineData(12.0, "12")]
    [InlineData(147.3333, "147.33")]
    [InlineData(56.666666, "56.67")]
    [InlineData(-0.5, "-0.5")]
    public void Coordinate_InvariantWithAtMostTwoDecimals(double value, string expected)
    {
        Html.Coordinate(value).Should().Be(expected);
    }

    [Fact]
    public void Table_EscapesCellsAndAlignsNumbers()
    {
        string html = Html.Table(["kpi", "value"], [["<b>", "1 & 2"]]);

        html.Should().Be("<table><thead><tr><th>kpi</th><th>value</th></tr></thead><tbody><tr><td>&lt;b&gt;</td><td class=\"num\">1 &amp; 2</td></tr></tbody></table>");
    }

    [Fact]
    public void Table_TextColumns_AreLeftAligned()
    {
        string html = Html.Table(["a", "b", "c"], [["x", "1", "words"]], "t", numericColumns: [1]);

        html.Should().Contain("<table class=\"t\">").And.Contain("<td>x</td><td class=\"num\">1</td><td>words</td>");
    }
}
