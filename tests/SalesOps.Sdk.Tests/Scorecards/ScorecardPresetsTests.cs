using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Scorecards;
using SalesOps.Sdk.Tests.TestSupport;

namespace SalesOps.Sdk.Tests.Scorecards;

public class ScorecardPresetsTests
{
    public static TheoryData<string, string> PresetsAndFixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (string preset in ScorecardPresets.Names)
        {
            foreach (string fixture in new[] { "balanced.csv", "ops_trap.csv", "retail_small.csv", "sales_trap.csv", "silo.csv" })
            {
                data.Add(preset, fixture);
            }
        }

        return data;
    }

    private static ScorecardEvaluation Evaluate(ScorecardDefinition preset, string fixture) =>
        new ScorecardEvaluator(preset).Evaluate(Fixtures.Cube(fixture, ReportingCalendars.Gregorian, PeriodGrain.Month));

    [Fact]
    public void Retail_HasAtLeastTwelveIndicatorsAcrossTheFourPerspectives()
    {
        ScorecardDefinition retail = ScorecardPresets.Retail;

        retail.Objectives.SelectMany(o => o.Indicators).Should().HaveCountGreaterThanOrEqualTo(12);
        retail.Objectives.Select(o => o.Perspective).Distinct().Should().BeEquivalentTo("financial", "customer", "internal_process", "learning_growth");
        retail.Objectives.SelectMany(o => o.Indicators).Select(i => i.Metric).Should().Contain(
            ["revenue_growth", "gross_margin_rate", "gmroi", "customer_satisfaction", "fill_rate", "stockout_rate", "days_of_supply", "wape", "forecast_bias", "training_hours_per_employee", "employee_turnover"]);
    }

    [Fact]
    public void Services_MeasuresCapacityServiceSatisfactionStaffingAndTraining()
    {
        ScorecardDefinition services = ScorecardPresets.Services;

        services.Objectives.Select(o => o.Perspective).Distinct().Should().HaveCount(4);
        services.Objectives.SelectMany(o => o.Indicators).Select(i => i.Metric).Should().Contain(
            ["capacity_utilisation", "service_level_on_time", "customer_satisfaction", "staff_to_client_ratio", "training_hours_per_employee"]);
    }

    [Theory]
    [MemberData(nameof(PresetsAndFixtures))]
    public void Presets_OnEachFixture_EvaluateTheLatestMonthWithScoresInRangeAndMissingDataNoted(string presetName, string fixture)
    {
        ScorecardPresets.TryFromName(presetName, out ScorecardDefinition? preset).Should().BeTrue();

        ScorecardEvaluation evaluation = Evaluate(preset!, fixture);

        evaluation.Score.Should().NotBeNull().And.BeInRange(0m, 1m);
        evaluation.Indicators.Where(i => i.Score is not null).Should().OnlyContain(i => i.Score >= 0m && i.Score <= 1m && i.Status != null);
        evaluation.Indicators.Where(i => i.Score is null).Should().OnlyContain(i => i.Note != null && i.Status == null);
        IndicatorEvaluation satisfaction = evaluation.Indicators.Single(i => i.MetricId == "customer_satisfaction");
        satisfaction.Score.Should().BeNull();
        satisfaction.Note.Should().Contain("missing measure 'satisfaction_points'");
        evaluation.Perspective("learning_growth").Score.Should().BeNull();
        evaluation.Notes.Should().Contain(n => n.Contains("training_hours_per_employee", StringComparison.Ordinal));
    }

    [Fact]
    public void Retail_OnBalanced_IsGreenWithHandCheckedIndicatorScores()
    {
        ScorecardEvaluation evaluation = Evaluate(ScorecardPresets.Retail, "balanced.csv");

        evaluation.Period.Label.Should().Be("2024-06");
        evaluation.Status.Should().Be(ScoreStatus.Green);
        IndicatorEvaluation days = evaluation.Indicators.Single(i => i.MetricId == "days_of_supply");
        days.Score.Should().Be(1m - (Math.Abs(days.Actual!.Value - 9m) / 6m)); // 8.35 days against 9 ± 6
        days.Stage.Should().Be("inbound_logistics");
        evaluation.Indicators.Single(i => i.MetricId == "gross_margin_rate").Score.Should().Be(1m); // 0.471 ≥ 0.45
        evaluation.Indicators.Single(i => i.MetricId == "forecast_bias").Status.Should().Be(ScoreStatus.Green); // |0.0033| ≤ 0.05
        evaluation.StrategyMapFindings.Should().BeEmpty();
    }

    [Fact]
    public void Retail_OnSalesTrap_MarginAndStockAreRedAndShelvesWarnOfRevenue()
    {
        ScorecardEvaluation evaluation = Evaluate(ScorecardPresets.Retail, "sales_trap.csv");

        evaluation.Status.Should().Be(ScoreStatus.Red);
        evaluation.Objective("protect_margin").Status.Should().Be(ScoreStatus.Red);
        evaluation.Objective("keep_shelves_full").Status.Should().Be(ScoreStatus.Red);
        evaluation.Objective("grow_revenue").Status.Should().Be(ScoreStatus.Green);
        evaluation.Indicators.Single(i => i.MetricId == "promo_intensity").Score.Should().Be(0m); // 0.12 > 0.05
        evaluation.StrategyMapFindings.Should().ContainSingle(f =>
            f.Kind == StrategyMapFindingKind.EarlyWarning && f.Causes.Single() == "keep_shelves_full" && f.Effect == "grow_revenue");
    }

    [Fact]
    public void Retail_OnSilo_ForecastsAreRedWithEarlyWarnings()
    {
        ScorecardEvaluation evaluation = Evaluate(ScorecardPresets.Retail, "silo.csv");

        evaluation.Objective("accurate_forecasts").Status.Should().Be(ScoreStatus.Red);
        evaluation.Indicators.Single(i => i.MetricId == "forecast_bias").Score.Should().Be(0m); // 0.33 beyond 0.15
        evaluation.StrategyMapFindings.Where(f => f.Kind == StrategyMapFindingKind.EarlyWarning).Select(f => f.Effect)
            .Should().BeEquivalentTo("keep_shelves_full", "lean_inventory");
    }

    [Fact]
    public void Services_OnBalanced_ScoresTheFinancialPerspectiveOnlyAndNotesTheRest()
    {
        ScorecardEvaluation evaluation = Evaluate(ScorecardPresets.Services, "balanced.csv");

        evaluation.Score.Should().Be(evaluation.Perspective("financial").Score);
        evaluation.Perspective("customer").Score.Should().BeNull();
        evaluation.Perspective("internal_process").Score.Should().BeNull();
        evaluation.Indicators.Single(i => i.MetricId == "capacity_utilisation").Note.Should().Contain("missing measure");
    }

    [Fact]
    public void WithIndicator_ChangesTheTargetOfEveryIndicatorOfTheMetric()
    {
        ScorecardDefinition changed = ScorecardPresets.Retail.WithIndicator("gross_margin_rate", i => i with { Target = 0.5m });

        changed.Objectives.SelectMany(o => o.Indicators).Single(i => i.Metric == "gross_margin_rate").Target.Should().Be(0.5m);
        ScorecardPresets.Retail.Objectives.SelectMany(o => o.Indicators).Single(i => i.Metric == "gross_margin_rate").Target.Should().Be(0.45m);
    }

    [Fact]
    public void WithIndicator_UnknownMetric_Throws()
    {
        Action act = () => ScorecardPresets.Retail.WithIndicator("otif", i => i);

        act.Should().Throw<KeyNotFoundException>().WithMessage("*no indicator for metric 'otif'*");
    }

    [Fact]
    public void TryFromName_IgnoresCaseAndRejectsUnknownNames()
    {
        ScorecardPresets.TryFromName(" Retail ", out ScorecardDefinition? retail).Should().BeTrue();
        retail.Should().BeSameAs(ScorecardPresets.Retail);
        ScorecardPresets.TryFromName("wholesale", out _).Should().BeFalse();
        ScorecardPresets.TryFromName(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_NrfQuarterCube_IsRefusedForAMonthlyPreset()
    {
        FactCube cube = Fixtures.Cube("retail_small.csv", ReportingCalendars.Nrf454, PeriodGrain.Month);

        Action act = () => new ScorecardEvaluator(ScorecardPresets.Retail).Evaluate(cube);

        act.Should().Throw<ArgumentException>().WithMessage("*nrf-454*");
        new ScorecardEvaluator(ScorecardPresets.Retail with { Calendar = ReportingCalendars.Nrf454 }).Evaluate(cube).Score.Should().NotBeNull();
    }
}
