// The README's "Quick start" code block is the using directives between the usings markers, a blank line, and the
// statements between the quick-start markers (without their indentation). A test below holds them equal.
// quick-start:usings:begin
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesOps.Sdk;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Scorecards;
// quick-start:usings:end

namespace SalesOps.Sdk.Tests;

public class QuickStartTests
{
    [Fact]
    public void QuickStart_Runs_PrintsTheScorecardAndTheSalesDrivenTrapWithEvidence()
    {
        string output = Console.Capture(RunQuickStart);

        output.Should().Contain("Financial: 0.09 Red").And.Contain("Customer: 0.00 Red").And.Contain("Learning and growth: no data");
        output.Should().Contain("balance index +0.55 (SalesLed)");
        output.Should().Contain("sales_driven_trap: Sales-driven trap");
        output.Should().Contain("  - promo_intensity rose from 0 to 0.12").And.Contain("  - stockout_rate rose from 0 to 0.23")
            .And.Contain("  - days_of_supply rose from 10 to 17.042").And.Contain("  - gross_margin_rate fell from 0.4 to 0.2941");
    }

    [Fact]
    public void Readme_QuickStartBlock_IsTheCodeTheTestRuns()
    {
        string root = RepositoryRoot();
        string[] source = File.ReadAllLines(Path.Combine(root, "tests", "SalesOps.Sdk.Tests", "QuickStartTests.cs"));
        string[] usings = Between(source, "// quick-start:usings:begin", "// quick-start:usings:end");
        string[] body = Dedent(Between(source, "// quick-start:begin", "// quick-start:end"));
        string[] expected = [.. usings, string.Empty, .. body];

        string[] readme = File.ReadAllLines(Path.Combine(root, "README.md"));
        int heading = Array.FindIndex(readme, l => l.Trim() == "## Quick start");
        heading.Should().BeGreaterThanOrEqualTo(0, "README.md has a '## Quick start' section");
        int open = Array.FindIndex(readme, heading, l => l.Trim() == "```csharp");
        int close = Array.FindIndex(readme, open + 1, l => l.Trim() == "```");
        string[] block = [.. readme[(open + 1)..close].Select(l => l.TrimEnd())];

        block.Should().Equal(expected);
    }

    private static void RunQuickStart()
    {
        // quick-start:begin
        // Register the SDK: the KPI catalog, the metric engine and the scoring methods.
        var services = new ServiceCollection();
        services.AddSalesOps();
        using ServiceProvider provider = services.BuildServiceProvider();
        MetricEngine engine = provider.GetRequiredService<MetricEngine>();

        // A few facts: one item in one store, a row a day for six months. From April, price cuts and
        // promotions lift sales, but every fourth day the shelf is empty while the back room fills up.
        var schema = new FactSchema(
            ["sku", "store"],
            [
                StandardMeasures.UnitsSold, StandardMeasures.Revenue, StandardMeasures.Cogs, StandardMeasures.OnHandValue,
                StandardMeasures.Stockout, StandardMeasures.OrderedUnits, StandardMeasures.ShippedUnits, StandardMeasures.PromoSpend,
            ]);
        var rows = new List<FactRow>();
        for (var day = new LocalDate(2024, 1, 1); day < new LocalDate(2024, 7, 1); day = day.PlusDays(1))
        {
            bool promotion = day.Month >= 4;
            bool empty = promotion && day.Day % 4 == 0;
            decimal ordered = promotion ? 16m : 10m;
            decimal sold = empty ? 6m : ordered;
            decimal price = promotion ? 8.50m : 10.00m;
            rows.Add(new FactRow(
                day,
                ["SKU-1", "S01"],
                [sold, sold * price, sold * 6.00m, promotion ? 1400m : 600m, empty ? 1m : 0m, ordered, sold, promotion ? sold * price * 0.12m : 0m]));
        }

        FactCube cube = FactAggregation.FromRows(new InMemoryFactRowSource(schema, rows), ReportingCalendars.Gregorian, PeriodGrain.Month);

        // The balanced scorecard of the latest month (the retail preset).
        ScorecardEvaluation card = new ScorecardEvaluator(ScorecardPresets.Retail, engine.Catalog).Evaluate(cube);
        foreach (PerspectiveEvaluation perspective in card.Perspectives)
        {
            string score = perspective.Score is { } value ? $"{value:0.00} {perspective.Status}" : "no data";
            Console.WriteLine($"{perspective.Perspective.Name}: {score}");
        }

        // The sales-versus-operations diagnosis, with its evidence.
        BalanceDiagnosis diagnosis = new BalanceAnalyzer(engine).Diagnose(cube);
        Console.WriteLine($"balance index {diagnosis.BalanceIndex:+0.00;-0.00} ({diagnosis.Measured})");
        foreach (BalanceFinding finding in diagnosis.Findings)
        {
            Console.WriteLine($"{finding.Id}: {finding.Title}");
            foreach (FindingEvidence evidence in finding.Evidence)
            {
                Console.WriteLine($"  - {evidence.Observation}");
            }
        }

        // quick-start:end
    }

    private static string[] Between(string[] lines, string begin, string end)
    {
        int first = Array.FindIndex(lines, l => l.Trim() == begin);
        int last = Array.FindIndex(lines, l => l.Trim() == end);
        first.Should().BeGreaterThanOrEqualTo(0, begin);
        last.Should().BeGreaterThan(first, end);
        string[] region = lines[(first + 1)..last];
        return region.Length > 0 && region[^1].Trim().Length == 0 ? region[..^1] : region;
    }

    private static string[] Dedent(string[] lines)
    {
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return [.. lines.Select(l => l.Trim().Length == 0 ? string.Empty : l[indent..].TrimEnd())];
    }

    private static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "SalesOps.Sdk.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("SalesOps.Sdk.sln not found above the test binaries");
    }

    /// <summary>Stands in for <see cref="System.Console"/> in the quick start, so its output is captured per test without redirecting the process.</summary>
    private static class Console
    {
        [ThreadStatic]
        private static StringWriter? _captured;

        public static void WriteLine(string text) => (_captured ?? throw new InvalidOperationException("not capturing")).WriteLine(text);

        public static string Capture(Action action)
        {
            using var writer = new StringWriter();
            _captured = writer;
            try
            {
                action();
            }
            finally
            {
                _captured = null;
            }

            return writer.ToString();
        }
    }
}
