using System.Collections.Immutable;
using NodaTime;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Tests.TestSupport;

namespace SalesOps.Sdk.Tests.Balance;

public class BalanceAnalyzerTests
{
    private static readonly MetricEngine Engine = new(MetricCatalog.Standard);

    [Fact]
    public void Diagnose_ThreeMonths_SaysInsufficientHistoryAndDrawsNoFinding()
    {
        FactCube cube = Cube(Scenario.SalesTrap, days: 90);

        BalanceDiagnosis d = new BalanceAnalyzer(Engine).Diagnose(cube);

        d.Findings.Should().BeEmpty();
        d.BalanceIndex.Should().BeNull();
        d.Notes.Should().ContainSingle().Which.Should().Contain("insufficient history").And.Contain("3 period(s)");
    }

    [Fact]
    public void Diagnose_SalesTrapFixture_IndexIsSMinusOAndSynergyIsGeometricMean()
    {
        BalanceDiagnosis d = new BalanceAnalyzer(Engine).Diagnose(Fixtures.Cube("sales_trap.csv", ReportingCalendars.Gregorian, PeriodGrain.Month));

        d.BalanceIndex.Should().Be(d.SalesMomentum - d.OperationalHealth);
        ((double)d.Synergy!.Value).Should().BeApproximately(Math.Sqrt((double)(d.SalesMomentum!.Value * d.OperationalHealth!.Value)), 1e-12);
        d.Measured.Should().Be(MeasuredOrientation.SalesLed);
        d.EarlierPeriods.Select(p => p.Label).Should().Equal("2024-01", "2024-02", "2024-03");
        d.LaterPeriods.Select(p => p.Label).Should().Equal("2024-04", "2024-05", "2024-06");
    }

    [Fact]
    public void Diagnose_SalesTrapFixture_EvidenceNamesTheKpisPeriodsAndThresholds()
    {
        BalanceDiagnosis d = new BalanceAnalyzer(Engine).Diagnose(Fixtures.Cube("sales_trap.csv", ReportingCalendars.Gregorian, PeriodGrain.Month));

        BalanceFinding trap = d.Findings.Single(f => f.Id == "sales_driven_trap");
        trap.Severity.Should().Be(FindingSeverity.Critical, "stockouts and overstock rise together");
        trap.Evidence.Select(e => e.MetricId).Should().Contain(["revenue", "promo_intensity", "stockout_rate", "days_of_supply", "gross_margin_rate"]);
        FindingEvidence promo = trap.Evidence.Single(e => e.MetricId == "promo_intensity");
        promo.EarlierPeriods.Should().Be("2024-01..2024-03");
        promo.LaterPeriods.Should().Be("2024-04..2024-06");
        promo.Before.Should().BeApproximately(0.01m, 0.0005m);
        promo.After.Should().BeApproximately(0.12m, 0.0005m);
        promo.Threshold.Should().Contain("25 %");
        trap.Recommendations.Should().Contain(r => r.Contains("S&OP", StringComparison.Ordinal));
        trap.Stages.Should().Contain("marketing_sales");
        trap.Narrative.Should().Contain("2024-01..2024-03");
    }

    [Fact]
    public void Diagnose_RevenueComparedPerDay_PartialLastPeriodDoesNotLookLikeDecline()
    {
        // 2024-01-01 .. 2024-06-03: June has three days of data; a total would fall, a daily rate does not.
        FactCube cube = Cube(Scenario.Balanced, days: 155);

        BalanceDiagnosis d = new BalanceAnalyzer(Engine).Diagnose(cube);

        d.SalesIndicators.Single(i => i.MetricId == "revenue").Value.Should().BePositive();
        d.HasFinding("operations_driven_trap").Should().BeFalse();
    }

    [Theory]
    [InlineData("operations-led", -0.3)]
    [InlineData("balanced", 0)]
    [InlineData("sales_led", 0.3)]
    [InlineData("Walton", 0.3)]
    public void Diagnose_DeclaredOrientation_GapIsIndexMinusTargetTilt(string name, double tilt)
    {
        StrategicOrientation declared = StrategicOrientation.FromName(name);
        BalanceDiagnosis d = new BalanceAnalyzer(Engine).Diagnose(Fixtures.Cube("ops_trap.csv", ReportingCalendars.Gregorian, PeriodGrain.Month), declared);

        declared.TargetTilt.Should().Be((decimal)tilt);
        d.Declared.Should().Be(declared);
        d.Gap.Should().Be(d.BalanceIndex - (decimal)tilt);
    }

    [Fact]
    public void FromName_Unknown_ListsTheAllowedNames()
    {
        Action act = () => StrategicOrientation.FromName("growth-at-all-costs");

        act.Should().Throw<ArgumentException>().WithMessage("*operations-led, balanced, sales-led, walton*");
    }

    [Fact]
    public void Diagnose_CustomRule_ItsFindingsAppearAndAThrowingRuleBecomesANote()
    {
        var options = BalanceOptions.Default with
        {
            Rules = [.. BalanceRules.Default, new PromotionCeilingRule(), new BrokenRule()],
        };

        BalanceDiagnosis d = new BalanceAnalyzer(Engine, options).Diagnose(Fixtures.Cube("sales_trap.csv", ReportingCalendars.Gregorian, PeriodGrain.Month));

        d.HasFinding("promotion_ceiling").Should().BeTrue();
        d.HasFinding("sales_driven_trap").Should().BeTrue();
        d.Notes.Should().ContainSingle(n => n.Contains("rule 'broken' failed", StringComparison.Ordinal) && n.Contains("InvalidOperationException", StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnose_NoKpisOfOneSide_ScoreIsNullWithANote()
    {
        var options = BalanceOptions.Default with
        {
            OperationsIndicators = [BalanceIndicator.Linear("service_level_on_time", IndicatorBasis.Level, 0.8m, 1m)],
        };

        BalanceDiagnosis d = new BalanceAnalyzer(Engine, options).Diagnose(Fixtures.Cube("balanced.csv", ReportingCalendars.Gregorian, PeriodGrain.Month));

        d.OperationalHealth.Should().BeNull();
        d.BalanceIndex.Should().BeNull();
        d.Measured.Should().BeNull();
        d.Notes.Should().Contain(n => n.Contains("operational health is not available", StringComparison.Ordinal));
        d.OperationsIndicators.Single().Note.Should().Contain("service_level_on_time");
    }

    [Fact]
    public void Diagnose_IndicatorWithoutData_IsLeftOutNotCountedAsZero()
    {
        BalanceDiagnosis d = new BalanceAnalyzer(Engine).Diagnose(Fixtures.Cube("balanced.csv", ReportingCalendars.Gregorian, PeriodGrain.Month));

        IndicatorScore share = d.SalesIndicators.Single(i => i.MetricId == "market_share");
        share.Score.Should().BeNull();
        decimal expected = d.SalesIndicators.Where(i => i.Score is not null).Sum(i => i.Weight * i.Score!.Value)
            / d.SalesIndicators.Where(i => i.Score is not null).Sum(i => i.Weight);
        d.SalesMomentum.Should().Be(expected);
    }

    [Fact]
    public void Constructor_MinimumPeriodsBelowFour_Throws()
    {
        Action act = () => _ = new BalanceAnalyzer(Engine, BalanceOptions.Default with { MinimumPeriods = 3 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*at least 4*");
    }

    private static FactCube Cube(Scenario scenario, int days) =>
        FactAggregation.FromRows(
            new ScenarioGenerator { Scenario = scenario, Days = days, Start = new LocalDate(2024, 1, 1), Seed = 3 }.Generate(),
            ReportingCalendars.Gregorian,
            PeriodGrain.Month);

    private sealed class PromotionCeilingRule : IBalanceRule
    {
        public string Id => "promotion_ceiling";

        public IEnumerable<BalanceFinding> Evaluate(BalanceRuleContext context)
        {
            MetricComparison promo = context.Compare("promo_intensity");
            if (promo.After > 0.05m)
            {
                yield return new BalanceFinding(Id, FindingSeverity.Warning, "Promotion above policy", "Promotion spend is above 5 % of revenue.",
                    [promo.ToEvidence("promotion intensity ≤ 5 %")], ["Cap promotions at 5 % of revenue."], ["marketing_sales"]);
            }
        }
    }

    private sealed class BrokenRule : IBalanceRule
    {
        public string Id => "broken";

        public IEnumerable<BalanceFinding> Evaluate(BalanceRuleContext context) => throw new InvalidOperationException("no data source");
    }
}
