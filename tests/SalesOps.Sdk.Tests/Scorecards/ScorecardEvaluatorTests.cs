using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Scorecards;
using static SalesOps.Sdk.Tests.Scorecards.ScorecardTestData;

namespace SalesOps.Sdk.Tests.Scorecards;

public class ScorecardEvaluatorTests
{
    // Two objectives in financial (perspective weight 2), one in customer (weight 1) with an indicator that has no data.
    private static readonly ScorecardDefinition RollUpCard = new()
    {
        Id = "rollup",
        Name = "Roll-up",
        Perspectives = [Perspective.Financial with { Weight = 2m }],
        Objectives =
        [
            Objective("f1", Perspective.FinancialId, 1m, Linear("kpi_up", 0m, 100m, weight: 3m), Linear("kpi_down", 50m, 10m)),
            Objective("f2", Perspective.FinancialId, 3m, Linear("kpi_mid", 30m, 20m)),
            Objective(
                "c1",
                Perspective.CustomerId,
                1m,
                Linear("kpi_missing", 0m, 1m, weight: 5m),
                new Indicator { Metric = "kpi_up", Scoring = ScoringMethods.Binary, Target = 50m }),
        ],
    };

    // January: up 50, down 30, mid 20. February: up 60, down 20, mid 24.
    private static readonly FactCube TwoMonths = Cube(("2024-01", 50m, 30m, 20m), ("2024-02", 60m, 20m, 24m));

    private static ScorecardEvaluation EvaluateRollUp() => new ScorecardEvaluator(RollUpCard, Catalog).Evaluate(TwoMonths);

    [Fact]
    public void Evaluate_LatestPeriod_IndicatorScoresAreHandComputed()
    {
        ScorecardEvaluation evaluation = EvaluateRollUp();

        evaluation.Period.Label.Should().Be("2024-02");
        IndicatorEvaluation[] f1 = [.. evaluation.Objective("f1").Indicators];
        f1[0].Score.Should().Be(0.6m);            // 60 / 100
        f1[1].Score.Should().Be(0.75m);           // (20 − 50) / (10 − 50)
        evaluation.Objective("f2").Indicators[0].Score.Should().Be(0.6m); // 1 − |24 − 20| / |30 − 20|
        evaluation.Objective("c1").Indicators[1].Score.Should().Be(1m);   // 60 ≥ 50
    }

    [Fact]
    public void Evaluate_RollUp_WeightedMeansOfObjectivesPerspectivesAndOverall()
    {
        ScorecardEvaluation evaluation = EvaluateRollUp();

        evaluation.Objective("f1").Score.Should().Be(0.6375m);        // (3 × 0.6 + 1 × 0.75) / 4
        evaluation.Objective("f2").Score.Should().Be(0.6m);
        evaluation.Perspective("financial").Score.Should().Be(0.609375m); // (1 × 0.6375 + 3 × 0.6) / 4
        evaluation.Objective("c1").Score.Should().Be(1m);             // kpi_missing excluded, not counted as 0
        evaluation.Perspective("customer").Score.Should().Be(1m);
        evaluation.Score.Should().Be(2.21875m / 3m);                   // (2 × 0.609375 + 1 × 1) / 3
        evaluation.Status.Should().Be(ScoreStatus.Amber);
        evaluation.Perspective("financial").Status.Should().Be(ScoreStatus.Amber);
        evaluation.Perspective("customer").Status.Should().Be(ScoreStatus.Green);
    }

    [Fact]
    public void Evaluate_IndicatorWithoutValue_IsExcludedWithANoteNeverZero()
    {
        ScorecardEvaluation evaluation = EvaluateRollUp();

        IndicatorEvaluation missing = evaluation.Objective("c1").Indicators[0];
        missing.MetricId.Should().Be("kpi_missing");
        missing.Actual.Should().BeNull();
        missing.Score.Should().BeNull();
        missing.Status.Should().BeNull();
        missing.Note.Should().Contain("missing");
        evaluation.Notes.Should().ContainSingle(n => n.Contains("objectives[2].indicators[0] kpi_missing", StringComparison.Ordinal) && n.Contains("excluded", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_PerspectivesWithoutObjectives_AreReportedWithoutScoreAndLeftOutOfTheOverall()
    {
        ScorecardEvaluation evaluation = EvaluateRollUp();

        evaluation.Perspectives.Select(p => p.Id).Should().Equal("financial", "customer", "internal_process", "learning_growth");
        evaluation.Perspective("internal_process").Score.Should().BeNull();
        evaluation.Perspective("internal_process").Note.Should().Be("no objectives");
        evaluation.Notes.Should().Contain(n => n.StartsWith("perspective learning_growth", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_Trends_AreScoreMinusThePreviousPeriodsScore()
    {
        ScorecardEvaluation evaluation = EvaluateRollUp();

        // January: up 0.5, down (30 − 50) / (−40) = 0.5 → f1 = 0.5; mid 1 → f2 = 1; financial = (0.5 + 3) / 4 = 0.875.
        evaluation.PreviousPeriod!.Label.Should().Be("2024-01");
        evaluation.Objective("f1").Indicators[0].PreviousScore.Should().Be(0.5m);
        evaluation.Objective("f1").Indicators[0].Trend.Should().Be(0.1m);
        evaluation.Objective("f1").Trend.Should().Be(0.1375m);
        evaluation.Perspective("financial").Trend.Should().Be(0.609375m - 0.875m);
        evaluation.Trend.Should().Be((2.21875m / 3m) - (2.75m / 3m));
    }

    [Fact]
    public void Evaluate_FirstPeriod_HasNoTrend()
    {
        var evaluator = new ScorecardEvaluator(RollUpCard, Catalog);

        ScorecardEvaluation evaluation = evaluator.Evaluate(TwoMonths, TwoMonths.Periods[0]);

        evaluation.Period.Label.Should().Be("2024-01");
        evaluation.PreviousPeriod.Should().BeNull();
        evaluation.Trend.Should().BeNull();
        evaluation.Indicators.Should().OnlyContain(i => i.Trend == null);
        evaluation.Score.Should().Be(2.75m / 3m); // (2 × 0.875 + 1 × 1) / 3
    }

    [Fact]
    public void Evaluate_ExposesMetricStageDirectionAndObjectiveForEachIndicator()
    {
        IndicatorEvaluation[] indicators = [.. EvaluateRollUp().Indicators];

        indicators.Select(i => i.MetricId).Should().Equal("kpi_up", "kpi_down", "kpi_mid", "kpi_missing", "kpi_up");
        indicators[1].Stage.Should().Be("operations");
        indicators[1].Direction.Should().Be(MetricDirection.LowerIsBetter);
        indicators[1].ObjectiveId.Should().Be("f1");
        indicators[1].PerspectiveId.Should().Be("financial");
        indicators[1].Status.Should().Be(ScoreStatus.Amber);
    }

    [Fact]
    public void Evaluate_DirectionOverride_ReplacesTheMetricsDirection()
    {
        ScorecardDefinition card = Valid() with
        {
            Objectives = [Objective("f1", Perspective.FinancialId, 1m, new Indicator { Metric = "kpi_up", Baseline = 100m, Target = 0m, Direction = MetricDirection.LowerIsBetter })],
            StrategyMap = [],
        };

        IndicatorEvaluation indicator = new ScorecardEvaluator(card, Catalog).Evaluate(TwoMonths).Indicators.Single();

        indicator.Direction.Should().Be(MetricDirection.LowerIsBetter);
        indicator.Score.Should().Be(0.4m); // (60 − 100) / (0 − 100)
    }

    [Fact]
    public void Evaluate_CustomStatusThresholds_DecideTheStatuses()
    {
        ScorecardDefinition card = Valid() with { StatusThresholds = new StatusThresholds { Green = 0.6m, Amber = 0.3m } };

        ScorecardEvaluation evaluation = new ScorecardEvaluator(card, Catalog).Evaluate(TwoMonths);

        evaluation.Objective("f1").Score.Should().Be(0.6m);
        evaluation.Objective("f1").Status.Should().Be(ScoreStatus.Green);
    }

    [Fact]
    public void Evaluate_CustomScoringMethod_IsUsedWhenRegistered()
    {
        ScorecardDefinition card = Valid() with
        {
            Objectives = [Objective("f1", Perspective.FinancialId, 1m, new Indicator { Metric = "kpi_up", Scoring = "half" })],
            StrategyMap = [],
        };

        ScorecardEvaluation evaluation = new ScorecardEvaluator(card, Catalog, ScoringMethods.Standard.With(new HalfScoring())).Evaluate(TwoMonths);

        evaluation.Score.Should().Be(0.5m);
    }

    [Theory]
    [InlineData("throws", "threw InvalidOperationException: boom in the host method")]
    [InlineData("too_high", "gave 1.5, outside [0, 1]")]
    public void Evaluate_FailingCustomScoringMethod_LeavesTheIndicatorUnscoredWithANote(string method, string note)
    {
        ScorecardDefinition card = Valid() with
        {
            Objectives =
            [
                Objective("f1", Perspective.FinancialId, 1m, new Indicator { Metric = "kpi_up", Scoring = method }, Linear("kpi_down", 50m, 10m)),
            ],
            StrategyMap = [],
        };
        ScoringMethods methods = ScoringMethods.Standard.With(new ThrowingScoring(), new OutOfRangeScoring());

        ScorecardEvaluation evaluation = new ScorecardEvaluator(card, Catalog, methods).Evaluate(TwoMonths);

        IndicatorEvaluation failed = evaluation.Objective("f1").Indicators[0];
        failed.Actual.Should().Be(60m);
        failed.Score.Should().BeNull();
        failed.Note.Should().Contain(note);
        evaluation.Objective("f1").Score.Should().Be(0.75m);
    }

    [Fact]
    public void Evaluate_NoIndicatorHasData_ObjectivePerspectiveAndOverallAreNull()
    {
        ScorecardDefinition card = Valid() with
        {
            Objectives = [Objective("f1", Perspective.FinancialId, 1m, Linear("kpi_missing", 0m, 1m))],
            StrategyMap = [],
        };

        ScorecardEvaluation evaluation = new ScorecardEvaluator(card, Catalog).Evaluate(TwoMonths);

        evaluation.Objective("f1").Score.Should().BeNull();
        evaluation.Objective("f1").Note.Should().Be("no indicator has a score");
        evaluation.Perspective("financial").Score.Should().BeNull();
        evaluation.Score.Should().BeNull();
        evaluation.Status.Should().BeNull();
    }

    [Fact]
    public void Constructor_InvalidDefinition_IsRefusedWithEveryProblem()
    {
        ScorecardDefinition card = Valid() with
        {
            Objectives = [Objective("f1", "finance", 0m, Linear("no_such_metric", 0m, 1m))],
            StrategyMap = [],
        };

        Action act = () => _ = new ScorecardEvaluator(card, Catalog);

        act.Should().Throw<ScorecardDefinitionException>()
            .Which.Problems.Select(p => p.PropertyName).Should().Equal("objectives[0].perspective", "objectives[0].weight", "objectives[0].indicators[0].metric");
    }

    [Fact]
    public void Evaluate_CubeOnAnotherGrain_IsRefused()
    {
        var evaluator = new ScorecardEvaluator(Valid(), Catalog);
        FactCube quarterly = FactAggregation.FromRows(QuarterRows(), ReportingCalendars.Gregorian, PeriodGrain.Quarter);

        Action act = () => evaluator.Evaluate(quarterly);

        act.Should().Throw<ArgumentException>().WithMessage("*gregorian calendar by month*by quarter*");
    }

    [Fact]
    public void Evaluate_PeriodNotInTheData_IsRefusedListingThePeriods()
    {
        var evaluator = new ScorecardEvaluator(Valid(), Catalog);
        ReportingPeriod march = TwoMonths.Periods[1].Next();

        Action act = () => evaluator.Evaluate(TwoMonths, march);

        act.Should().Throw<ArgumentException>().WithMessage("*2024-03 is not in the data*2024-01, 2024-02*");
    }

    [Fact]
    public void EvaluateMetrics_ResultsWithoutANeededMetric_AreRefused()
    {
        var evaluator = new ScorecardEvaluator(Valid(), Catalog);
        MetricResultSet results = new MetricEngine(Catalog).Evaluate(TwoMonths.Total(), ["kpi_up"]);

        Action act = () => evaluator.EvaluateMetrics(results);

        act.Should().Throw<ArgumentException>().WithMessage("*lack kpi_down*");
    }

    [Fact]
    public void EvaluateMetrics_PerSegment_ScoresThatSegment()
    {
        FactCube bySku = Metrics.MetricTestData.Cube(
            ["up", "down", "mid"],
            new Metrics.TestRow("2024-01-15", "A", 20m, 30m, 0m),
            new Metrics.TestRow("2024-01-15", "B", 80m, 30m, 0m));
        var evaluator = new ScorecardEvaluator(Valid(), Catalog);
        MetricResultSet results = new MetricEngine(Catalog).Evaluate(bySku, evaluator.MetricIds);

        ScorecardEvaluation b = evaluator.EvaluateMetrics(results, null, bySku.Segments[1]);

        b.Segment.Label.Should().Be("B");
        b.Objective("f1").Score.Should().Be(0.8m);
    }

    [Fact]
    public void MetricIds_AreTheDistinctMetricsInDefinitionOrder()
    {
        new ScorecardEvaluator(RollUpCard, Catalog).MetricIds.Should().Equal("kpi_up", "kpi_down", "kpi_mid", "kpi_missing");
    }

    private static InMemoryFactRowSource QuarterRows() =>
        new(new FactSchema(["sku"], [MeasureDefinition.Flow("up", "up", MeasureUnit.Count)]), [new FactRow(TestSupport.Fixtures.Date("2024-01-15"), ["A"], [1m])]);
}
