using NodaTime;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Tests.TestSupport;

namespace SalesOps.Sdk.Tests.Balance;

/// <summary>
/// The diagnosis on generated businesses of each kind, over many seeds, sizes, start dates, noise levels and grains —
/// the rules must recognise the pattern, not one file.
/// </summary>
public class BalanceScenarioTests
{
    private static readonly BalanceAnalyzer Analyzer = new(new MetricEngine(MetricCatalog.Standard));

    /// <summary>
    /// Thirty businesses: 4–12 items, 120–260 days, start dates from 2020 to 2026 (any weekday, any day of the
    /// month), noise 0.1–0.4, mostly monthly and some weekly periods. The list is fixed (seeded) so a failure
    /// reproduces.
    /// </summary>
    public static TheoryData<int, int, int, string, double, string> Variations()
    {
        var data = new TheoryData<int, int, int, string, double, string>();
        var random = new Random(20_240_101);
        for (int i = 0; i < 30; i++)
        {
            int seed = random.Next(1, 1_000_000);
            int skus = random.Next(4, 13);
            int days = random.Next(120, 261);
            LocalDate start = new LocalDate(2020, 1, 1).PlusDays(random.Next(0, 7 * 365));
            double noise = Math.Round(0.1 + (random.NextDouble() * 0.3), 2);
            string grain = random.NextDouble() < 0.8 ? "month" : "week";
            data.Add(seed, skus, days, start.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), noise, grain);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variations))]
    public void Diagnose_BalancedBusiness_NoTrapNoSilo(int seed, int skus, int days, string start, double noise, string grain)
    {
        BalanceDiagnosis d = Diagnose(Scenario.Balanced, seed, skus, days, start, noise, grain);

        d.Findings.Select(f => f.Id).Should().NotContain(["sales_driven_trap", "operations_driven_trap", "silo_friction"], Describe(d));
    }

    [Theory]
    [MemberData(nameof(Variations))]
    public void Diagnose_SalesTrap_FindsSalesDrivenTrapAndSalesLed(int seed, int skus, int days, string start, double noise, string grain)
    {
        BalanceDiagnosis d = Diagnose(Scenario.SalesTrap, seed, skus, days, start, noise, grain);

        d.HasFinding("sales_driven_trap").Should().BeTrue(Describe(d));
        d.HasFinding("operations_driven_trap").Should().BeFalse();
        d.BalanceIndex.Should().BePositive();
    }

    [Theory]
    [MemberData(nameof(Variations))]
    public void Diagnose_OperationsTrap_FindsOperationsDrivenTrapOnly(int seed, int skus, int days, string start, double noise, string grain)
    {
        BalanceDiagnosis d = Diagnose(Scenario.OperationsTrap, seed, skus, days, start, noise, grain);

        d.HasFinding("operations_driven_trap").Should().BeTrue(Describe(d));
        d.HasFinding("sales_driven_trap").Should().BeFalse();
        d.BalanceIndex.Should().BeNegative();
    }

    [Theory]
    [MemberData(nameof(Variations))]
    public void Diagnose_Silo_FindsSiloFrictionAndNeitherTrap(int seed, int skus, int days, string start, double noise, string grain)
    {
        BalanceDiagnosis d = Diagnose(Scenario.Silo, seed, skus, days, start, noise, grain);

        d.HasFinding("silo_friction").Should().BeTrue(Describe(d));
        d.HasFinding("sales_driven_trap").Should().BeFalse();
        d.HasFinding("operations_driven_trap").Should().BeFalse();
    }

    [Theory]
    [InlineData("balanced.csv", null, -1)]
    [InlineData("sales_trap.csv", "sales_driven_trap", 1)]
    [InlineData("ops_trap.csv", "operations_driven_trap", -1)]
    [InlineData("silo.csv", "silo_friction", 0)]
    public void Diagnose_SharedFixtures_AsDocumented(string file, string? expected, int indexSign)
    {
        BalanceDiagnosis d = Analyzer.Diagnose(Fixtures.Cube(file, ReportingCalendars.Gregorian, PeriodGrain.Month));

        string[] traps = ["sales_driven_trap", "operations_driven_trap", "silo_friction"];
        if (expected is not null)
        {
            d.HasFinding(expected).Should().BeTrue(Describe(d));
        }
        if (file == "balanced.csv")
        {
            d.Findings.Select(f => f.Id).Should().NotContain(traps);
        }

        if (file is "silo.csv" or "ops_trap.csv")
        {
            d.HasFinding("sales_driven_trap").Should().BeFalse();
        }

        if (file == "silo.csv")
        {
            d.HasFinding("operations_driven_trap").Should().BeFalse();
        }

        if (indexSign > 0)
        {
            d.BalanceIndex.Should().BePositive();
        }
        else if (indexSign < 0 && file == "ops_trap.csv")
        {
            d.BalanceIndex.Should().BeNegative();
        }
    }

    private static BalanceDiagnosis Diagnose(Scenario scenario, int seed, int skus, int days, string start, double noise, string grain)
    {
        InMemoryFactRowSource source = new ScenarioGenerator
        {
            Scenario = scenario,
            Seed = seed,
            Skus = skus,
            Days = days,
            Start = Fixtures.Date(start),
            Noise = noise,
        }.Generate();
        FactCube cube = FactAggregation.FromRows(source, ReportingCalendars.Gregorian, grain == "week" ? PeriodGrain.Week : PeriodGrain.Month);
        return Analyzer.Diagnose(cube);
    }

    private static string Describe(BalanceDiagnosis d) =>
        $"S={d.SalesMomentum:0.###} O={d.OperationalHealth:0.###} findings=[{string.Join(", ", d.Findings.Select(f => f.Id))}] notes=[{string.Join("; ", d.Notes)}] "
        + string.Join(" | ", d.SalesIndicators.Concat(d.OperationsIndicators).Select(i => $"{i.MetricId}={i.Value:0.####}"))
        + " evidence: " + string.Join(" | ", d.Findings.SelectMany(f => f.Evidence).Select(e => e.Observation));
}
