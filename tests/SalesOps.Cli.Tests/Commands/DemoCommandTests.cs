using System.Text.RegularExpressions;
using SalesOps.Cli.Demo;
using SalesOps.Sdk.Measures;

namespace SalesOps.Cli.Tests.Commands;

/// <summary>Runs <c>salesops demo</c> once, end to end in-process, into a temporary folder.</summary>

public sealed class DemoRun : IDisposable
{
    public DemoRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"salesops-demo-{Guid.NewGuid():N}", "not-yet-there");
        Result = CliRunner.Run("demo", "--out", Folder);
        ReportPath = Path.Combine(Folder, "salesops-report.html");
        Report = File.Exists(ReportPath) ? File.ReadAllText(ReportPath) : string.Empty;
    }

    public string Folder { get; }

    internal CliResult Result { get; }

    public string ReportPath { get; }

    public string Report { get; }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
}

public class DemoCommandTests : IClassFixture<DemoRun>
{
    private readonly DemoRun _run;

    public DemoCommandTests(DemoRun run) => _run = run;

    [Fact]
    public void Demo_Succeeds_WithNothingOnStderr()
    {
        _run.Result.ExitCode.Should().Be(0, _run.Result.Stderr);
        _run.Result.Stderr.Should().BeEmpty("progress is shown only when stderr is a terminal");
        _run.Result.Stdout.Should().NotContain("\r").And.NotContain("\u001b[");
    }

    [Fact]
    public void Demo_PrintsEverySection()
    {
        string stdout = _run.Result.Stdout;

        stdout.Should().Contain("1. Recent KPIs")
            .And.Contain("2. Balanced scorecard (retail preset)")
            .And.Contain("3. Value chain")
            .And.Contain("4. Balance index and diagnosis")
            .And.Contain("5. Inventory policy")
            .And.Contain("6. Reinvestment plan")
            .And.Contain("7. Services unit");
        foreach (string perspective in new[] { "Financial", "Customer", "Internal process", "Learning and growth" })
        {
            stdout.Should().Contain(perspective);
        }

        stdout.Should().MatchRegex(@"\b(red|amber|green)\b");
        stdout.Should().Contain("porter margin").And.Contain("STRAINED");
        stdout.Should().Contain("ABC by revenue").And.Contain("furthest below their reorder point");
    }

    [Fact]
    public void Demo_SecondYear_IsTheSalesDrivenTrapWithEvidence()
    {
        string stdout = _run.Result.Stdout;

        stdout.Should().Contain("Compared FY2023-P01..FY2023-P12 with FY2024-P01..FY2024-P12");
        stdout.Should().Contain("sales_driven_trap:");
        stdout.Should().Contain("measured orientation").And.Contain("sales_led");
        stdout.Should().MatchRegex(@"promo_intensity rose from 0\.01\d+ to 0\.1\d+");
        stdout.Should().MatchRegex(@"stockout_rate rose from");
        stdout.Should().MatchRegex(@"days_of_supply rose from");
        stdout.Should().MatchRegex(@"gross_margin_rate fell from");
    }

    [Fact]
    public void Demo_Reinvestment_SaysTheGrowthFundsNothingAndStillPlans()
    {
        string stdout = _run.Result.Stdout;

        stdout.Should().Contain("the reinvestment budget from growth is 0");
        stdout.Should().Contain("ReinvestmentPolicy.Minimum");
        stdout.Should().Contain("Demand-driven replenishment system");
        stdout.Should().Contain("Services balanced scorecard");
    }

    [Fact]
    public void Demo_WritesTheSelfContainedReport_AndSaysWhere()
    {
        File.Exists(_run.ReportPath).Should().BeTrue();
        _run.Result.Stdout.Should().Contain($"written to {_run.ReportPath}");
        string html = _run.Report;
        html.Should().StartWith("<!DOCTYPE html>");
        Regex.Count(html, "<svg ").Should().BeGreaterThanOrEqualTo(7);
        html.Should().NotContainAny("http://", "https://", "<script", "<img", "<link", "@import", "url(");
        html.Should().Contain("sales_driven_trap").And.Contain("class=\"status red\"").And.Contain("Inventory policy").And.Contain("Reinvestment plan");
    }

    [Fact]
    public void Generate_SameSeed_SameCompany()
    {
        DemoCompany a = DemoCompany.Generate();
        DemoCompany b = DemoCompany.Generate();

        a.RetailRows.Should().Be(240L * 735);   // 40 SKUs × 6 stores × (371 + 364) days
        a.ServiceRows.Should().Be(3L * 735);
        a.RetailMonths.Total().Should().Be(b.RetailMonths.Total());
        a.RetailMonths.Total().Cells.Select(c => c.GetValue("revenue")).Should().Equal(b.RetailMonths.Total().Cells.Select(c => c.GetValue("revenue")));
        a.RetailMonths.Periods.Should().HaveCount(24);
        a.RetailRecentDays.Periods.Should().HaveCount(DemoCompany.PolicyDays);
        a.RetailRecentDays.Segments.Should().HaveCount(240);
        a.ServiceMonths.Total().Cells.Select(c => c.GetValue("revenue")).Should().Equal(b.ServiceMonths.Total().Cells.Select(c => c.GetValue("revenue")));
    }

    [Fact]
    public void Demo_ProgressOnATerminal_GoesToStderrOnly()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"salesops-demo-{Guid.NewGuid():N}");
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            int exit = SalesOpsApp.Run(["demo", "--out", folder], stdout, stderr, colour: false, progress: true);

            exit.Should().Be(0, stderr.ToString());
            stderr.ToString().Should().Contain("generating the demo company");
            stdout.ToString().Should().NotContain("generating the demo company").And.NotContain("\r");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
