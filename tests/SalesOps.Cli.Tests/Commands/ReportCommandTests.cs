using System.Text.RegularExpressions;

namespace SalesOps.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"salesops-report-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Report_SalesTrap_WritesOneSelfContainedPageWithCharts()
    {
        string path = Path.Combine(_folder, "sub", "trap.html");

        CliResult result = CliRunner.Run("report", "--facts", SharedFixtures.PathOf("sales_trap.csv"), "--out", path);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().Be($"report written to {path}{Environment.NewLine}");
        string html = File.ReadAllText(path);
        html.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
        html.Should().NotContainAny("http://", "https://", "<script", "<img", "<link", "@import", "url(");
        Regex.Count(html, "<svg ").Should().BeGreaterThanOrEqualTo(7);
        foreach (string title in new[] { "Revenue", "Gross margin rate", "Stockout rate", "Days of supply", "Sales momentum S and operational health O" })
        {
            html.Should().Contain($"aria-label=\"{title}");
        }

        html.Should().Contain("id=\"scorecard\"").And.Contain("class=\"status red\"");
        html.Should().Contain("<code>sales_driven_trap</code>").And.Contain("stockout_rate rose from");
        html.Should().Contain("stage costs not available");   // the fixture has no cost_<stage> columns
    }

    [Fact]
    public void Report_OutIsAFolder_WritesTheDefaultFileInIt()
    {
        Directory.CreateDirectory(_folder);

        CliResult result = CliRunner.Run("report", "--facts", SharedFixtures.PathOf("balanced.csv"), "--out", _folder, "--grain", "week", "--orientation", "walton");

        result.ExitCode.Should().Be(0, result.Stderr);
        string html = File.ReadAllText(Path.Combine(_folder, "salesops-report.html"));
        html.Should().Contain("weeks").And.Contain("declared walton");
    }

    [Fact]
    public void Report_Title_IsEscaped()
    {
        string path = Path.Combine(_folder, "t.html");

        CliResult result = CliRunner.Run("report", "--facts", SharedFixtures.PathOf("silo.csv"), "--out", path, "--title", "<script>alert('x')</script> & co");

        result.ExitCode.Should().Be(0, result.Stderr);
        string html = File.ReadAllText(path);
        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co");
    }

    [Fact]
    public void Report_ServicesPreset_UsesTheServicesScorecard()
    {
        string path = Path.Combine(_folder, "s.html");

        CliResult result = CliRunner.Run("report", "--facts", SharedFixtures.PathOf("balanced.csv"), "--out", path, "--preset", "services");

        result.ExitCode.Should().Be(0, result.Stderr);
        File.ReadAllText(path).Should().Contain("Services balanced scorecard");
    }

    [Theory]
    [InlineData("--preset", "shop", "error: unknown preset 'shop'; allowed values: retail, services")]
    [InlineData("--orientation", "sideways", "error: ")]
    [InlineData("--grain", "decade", "error: unknown grain 'decade'")]
    public void Report_BadOption_ExitsOneWithOneLine(string option, string value, string message)
    {
        CliResult result = CliRunner.Run("report", "--facts", SharedFixtures.PathOf("balanced.csv"), "--out", Path.Combine(_folder, "x.html"), option, value);

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().StartWith(message);
        File.Exists(Path.Combine(_folder, "x.html")).Should().BeFalse();
    }

    [Fact]
    public void Report_WithoutOut_IsAUsageError()
    {
        CliResult result = CliRunner.Run("report", "--facts", SharedFixtures.PathOf("balanced.csv"));

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--out");
    }

    [Fact]
    public void Report_MissingFacts_ExitsOne()
    {
        CliResult result = CliRunner.Run("report", "--facts", Path.Combine(_folder, "none.csv"), "--out", Path.Combine(_folder, "x.html"));

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("none.csv");
    }

    [Fact]
    public void Report_FewColumnsAndPeriods_SaysWhatIsNotAvailable()
    {
        Directory.CreateDirectory(_folder);
        string facts = Path.Combine(_folder, "tiny.csv");
        File.WriteAllText(facts, "date,units_sold\n2024-01-03,5\n2024-02-04,7\n");
        string path = Path.Combine(_folder, "tiny.html");

        CliResult result = CliRunner.Run("report", "--facts", facts, "--out", path);

        result.ExitCode.Should().Be(0, result.Stderr);
        string html = File.ReadAllText(path);
        html.Should().Contain("not available: missing measure &#39;revenue&#39;").And.Contain("not enough periods for a balance over time");
    }

    [Fact]
    public void Report_NoRows_ExitsOne()
    {
        Directory.CreateDirectory(_folder);
        string facts = Path.Combine(_folder, "empty.csv");
        File.WriteAllText(facts, "date,units_sold\n");

        CliResult result = CliRunner.Run("report", "--facts", facts, "--out", Path.Combine(_folder, "e.html"));

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Be($"error: the facts have no rows{Environment.NewLine}");
    }
}
