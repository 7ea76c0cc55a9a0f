using FluentValidation.Results;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Scorecards;
using static SalesOps.Sdk.Tests.Scorecards.ScorecardTestData;

namespace SalesOps.Sdk.Tests.Scorecards;

public class ScorecardDefinitionValidatorTests
{
    private static readonly ScorecardDefinitionValidator Validator = new(Catalog, ScoringMethods.Standard.With(new HalfScoring()));

    private static List<ValidationFailure> Problems(ScorecardDefinition definition) => Validator.Validate(definition).Errors;

    private static ScorecardDefinition WithIndicator(Indicator indicator) =>
        Valid() with { Objectives = [Objective("f1", Perspective.FinancialId, 1m, indicator)], StrategyMap = [] };

    private static void ShouldFailAt(ScorecardDefinition definition, string path, string message)
    {
        List<ValidationFailure> problems = Problems(definition);
        problems.Should().ContainSingle(p => p.PropertyName == path, $"problems were: {string.Join(" | ", problems.Select(p => p.ErrorMessage))}")
            .Which.ErrorMessage.Should().Match($"{path}: {message}");
    }

    [Fact]
    public void Validate_ValidDefinition_HasNoProblems()
    {
        Problems(Valid()).Should().BeEmpty();
    }

    [Fact]
    public void Validate_Presets_HaveNoProblemsAgainstTheStandardCatalog()
    {
        var standard = new ScorecardDefinitionValidator();

        standard.Validate(ScorecardPresets.Retail).Errors.Should().BeEmpty();
        standard.Validate(ScorecardPresets.Services).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_BlankIdAndName_AreReported()
    {
        List<ValidationFailure> problems = Problems(Valid() with { Id = " ", Name = string.Empty });

        problems.Select(p => p.PropertyName).Should().Equal("id", "name");
    }

    [Fact]
    public void Validate_UnknownMetric_IsReportedAtTheIndicatorsMetric()
    {
        ShouldFailAt(WithIndicator(Linear("gross_margin_ratio", 0m, 1m)), "objectives[0].indicators[0].metric", "unknown metric 'gross_margin_ratio'*");
    }

    [Fact]
    public void Validate_DuplicateObjectiveId_IsReported()
    {
        ScorecardDefinition card = Valid() with
        {
            Objectives = [.. Valid().Objectives, Objective("f1", Perspective.CustomerId, 1m, Linear("kpi_up", 0m, 1m))],
        };

        ShouldFailAt(card, "objectives[2].id", "objective id 'f1' is used twice");
    }

    [Fact]
    public void Validate_DuplicateMetricInAnObjective_IsReported()
    {
        ScorecardDefinition card = Valid() with
        {
            Objectives = [Objective("f1", Perspective.FinancialId, 1m, Linear("kpi_up", 0m, 1m), Linear("kpi_up", 0m, 2m))],
            StrategyMap = [],
        };

        ShouldFailAt(card, "objectives[0].indicators[1].metric", "metric 'kpi_up' is measured twice in the objective");
    }

    [Fact]
    public void Validate_DuplicatePerspectiveAndInitiativeIds_AreReported()
    {
        ScorecardDefinition card = Valid() with
        {
            Perspectives = [Perspective.Customer, Perspective.Customer with { Weight = 2m }],
            Initiatives = [new Initiative { Id = "i", Name = "I" }, new Initiative { Id = "i", Name = "J" }],
        };

        Problems(card).Select(p => p.PropertyName).Should().Equal("perspectives[1].id", "initiatives[1].id");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_NonPositiveWeights_AreReportedAtEachLevel(decimal weight)
    {
        ScorecardDefinition card = Valid() with
        {
            Perspectives = [Perspective.Financial with { Weight = weight }],
            Objectives = [Objective("f1", Perspective.FinancialId, weight, Linear("kpi_up", 0m, 1m, weight))],
            StrategyMap = [],
        };

        Problems(card).Select(p => p.PropertyName).Should().Equal("perspectives[0].weight", "objectives[0].weight", "objectives[0].indicators[0].weight");
        Problems(card)[0].ErrorMessage.Should().Contain("must be positive");
    }

    [Fact]
    public void Validate_UnknownPerspective_IsReportedListingTheKnownOnes()
    {
        ScorecardDefinition card = Valid() with { Objectives = [Objective("f1", "finance", 1m, Linear("kpi_up", 0m, 1m))], StrategyMap = [] };

        ShouldFailAt(card, "objectives[0].perspective", "unknown perspective 'finance'; known perspectives: financial, customer, internal_process, learning_growth");
    }

    [Fact]
    public void Validate_AddedPerspective_IsKnown()
    {
        ScorecardDefinition card = Valid() with
        {
            Perspectives = [new Perspective { Id = "sustainability", Name = "Sustainability" }],
            Objectives = [Objective("s1", "sustainability", 1m, Linear("kpi_up", 0m, 1m))],
            StrategyMap = [],
        };

        Problems(card).Should().BeEmpty();
        card.EffectivePerspectives.Select(p => p.Id).Should().Equal("financial", "customer", "internal_process", "learning_growth", "sustainability");
    }

    [Fact]
    public void Validate_ObjectiveWithoutIndicators_IsReported()
    {
        ScorecardDefinition card = Valid() with { Objectives = [Objective("f1", Perspective.FinancialId, 1m)], StrategyMap = [] };

        ShouldFailAt(card, "objectives[0].indicators", "an objective needs at least one indicator");
    }

    [Fact]
    public void Validate_LinearWithBaselineEqualToTarget_IsReported()
    {
        ShouldFailAt(WithIndicator(Linear("kpi_up", 5m, 5m)), "objectives[0].indicators[0].target", "linear scoring needs a target different from the baseline (both 5)");
    }

    [Fact]
    public void Validate_LinearWithoutBaselineOrTarget_IsReported()
    {
        Problems(WithIndicator(new Indicator { Metric = "kpi_up" })).Select(p => p.PropertyName)
            .Should().Equal("objectives[0].indicators[0].baseline", "objectives[0].indicators[0].target");
    }

    [Theory]
    [InlineData("kpi_up", 10, 5, "baseline 10 must be below target 5 for a higher-is-better indicator")]
    [InlineData("kpi_down", 5, 10, "baseline 5 must be above target 10 for a lower-is-better indicator")]
    public void Validate_LinearBaselineOnTheWrongSideForTheDirection_IsReported(string metric, decimal baseline, decimal target, string message)
    {
        ShouldFailAt(WithIndicator(Linear(metric, baseline, target)), "objectives[0].indicators[0].baseline", message);
    }

    [Fact]
    public void Validate_DirectionOverride_DecidesTheRequiredOrder()
    {
        Problems(WithIndicator(Linear("kpi_up", 10m, 5m) with { Direction = MetricDirection.LowerIsBetter })).Should().BeEmpty();
    }

    [Theory]
    [InlineData(MetricDirection.HigherIsBetter, 0.9, 0.95, "*0.95 after 0.9 is out of order: thresholds must be strictly falling (best first) for a higher-is-better indicator")]
    [InlineData(MetricDirection.LowerIsBetter, 0.05, 0.02, "*0.02 after 0.05 is out of order: thresholds must be strictly rising (best first) for a lower-is-better indicator")]
    [InlineData(MetricDirection.TargetIsBest, 0.15, 0.05, "*0.05 after 0.15 is out of order: thresholds must be strictly rising distances*")]
    public void Validate_BandThresholdsOutOfOrderForTheDirection_AreReported(MetricDirection direction, decimal first, decimal second, string message)
    {
        var indicator = new Indicator
        {
            Metric = "kpi_up",
            Direction = direction,
            Scoring = ScoringMethods.Bands,
            Target = 0m,
            Thresholds =
            [
                new ScoreBand { At = first, Score = 1m, Status = ScoreStatus.Green },
                new ScoreBand { At = second, Score = 0.5m, Status = ScoreStatus.Amber },
            ],
        };

        ShouldFailAt(WithIndicator(indicator), "objectives[0].indicators[0].thresholds[1].at", message);
    }

    [Fact]
    public void Validate_BandsWithoutThresholds_OrScoreOutOfRange_OrTargetIsBestWithoutTarget_AreReported()
    {
        ShouldFailAt(WithIndicator(new Indicator { Metric = "kpi_up", Scoring = ScoringMethods.Bands }), "objectives[0].indicators[0].thresholds", "bands scoring needs at least one threshold");
        ShouldFailAt(
            WithIndicator(new Indicator { Metric = "kpi_up", Scoring = ScoringMethods.Bands, Thresholds = [new ScoreBand { At = 1m, Score = 1.5m, Status = ScoreStatus.Green }] }),
            "objectives[0].indicators[0].thresholds[0].score",
            "score 1.5 is outside [0, 1]");
        ShouldFailAt(
            WithIndicator(new Indicator { Metric = "kpi_mid", Scoring = ScoringMethods.Bands, Thresholds = [new ScoreBand { At = 1m, Score = 1m, Status = ScoreStatus.Green }] }),
            "objectives[0].indicators[0].target",
            "bands scoring of a target-is-best indicator needs a target*");
    }

    [Fact]
    public void Validate_MinMaxProblems_AreReported()
    {
        Problems(WithIndicator(new Indicator { Metric = "kpi_up", Scoring = ScoringMethods.MinMax })).Select(p => p.PropertyName)
            .Should().Equal("objectives[0].indicators[0].min", "objectives[0].indicators[0].max");
        ShouldFailAt(WithIndicator(new Indicator { Metric = "kpi_up", Scoring = ScoringMethods.MinMax, Min = 2m, Max = 2m }), "objectives[0].indicators[0].max", "max 2 must be greater than min 2");
        ShouldFailAt(
            WithIndicator(new Indicator { Metric = "kpi_mid", Scoring = ScoringMethods.MinMax, Min = 0m, Max = 1m, Target = 1m }),
            "objectives[0].indicators[0].target",
            "target 1 must lie strictly between min 0 and max 1 for a target-is-best indicator");
    }

    [Fact]
    public void Validate_BinaryProblems_AreReported()
    {
        ShouldFailAt(WithIndicator(new Indicator { Metric = "kpi_up", Scoring = ScoringMethods.Binary }), "objectives[0].indicators[0].target", "binary scoring needs a target");
        Problems(WithIndicator(new Indicator { Metric = "kpi_mid", Scoring = ScoringMethods.Binary, Target = 1m })).Select(p => p.PropertyName)
            .Should().Equal("objectives[0].indicators[0].min", "objectives[0].indicators[0].max");
    }

    [Fact]
    public void Validate_UnknownScoringMethod_IsReportedListingTheKnownOnes()
    {
        ShouldFailAt(
            WithIndicator(new Indicator { Metric = "kpi_up", Scoring = "log" }),
            "objectives[0].indicators[0].scoring",
            "unknown scoring method 'log'; known methods: bands, binary, half, linear, min_max");
    }

    [Fact]
    public void Validate_CustomScoringMethod_NeedsNoBuiltInFields()
    {
        Problems(WithIndicator(new Indicator { Metric = "kpi_up", Scoring = "half" })).Should().BeEmpty();
    }

    [Fact]
    public void Validate_StatusThresholdsOutOfOrder_AreReported()
    {
        Problems(Valid() with { StatusThresholds = new StatusThresholds { Green = 1.2m, Amber = 0.5m } }).Select(p => p.PropertyName).Should().Equal("status_thresholds.green");
        ShouldFailAt(Valid() with { StatusThresholds = new StatusThresholds { Green = 0.5m, Amber = 0.8m } }, "status_thresholds.amber", "0.8 must be in [0, green = 0.5]");
    }

    [Fact]
    public void Validate_StrategyMapCycle_IsReportedWithItsPath()
    {
        ScorecardDefinition card = Valid() with
        {
            Objectives = [.. Valid().Objectives, Objective("l1", Perspective.LearningGrowthId, 1m, Linear("kpi_up", 0m, 1m))],
            StrategyMap = [Link("l1", "c1"), Link("c1", "f1"), Link("f1", "l1")],
        };

        ShouldFailAt(card, "strategy_map", "the links form a cycle: c1 -> f1 -> l1 -> c1");
    }

    [Fact]
    public void Validate_StrategyMapSelfLink_IsACycle()
    {
        ShouldFailAt(Valid() with { StrategyMap = [Link("f1", "f1")] }, "strategy_map", "the links form a cycle: f1 -> f1");
    }

    [Fact]
    public void Validate_StrategyMapUnknownObjectivesAndDuplicateLinks_AreReported()
    {
        ScorecardDefinition card = Valid() with { StrategyMap = [Link("c1", "f1"), Link("x", "y"), Link("c1", "f1")] };

        Problems(card).Select(p => p.PropertyName).Should().Equal("strategy_map[1].cause", "strategy_map[1].effect", "strategy_map[2]");
    }

    [Fact]
    public void Validate_InitiativeProblems_AreReported()
    {
        ScorecardDefinition card = Valid() with
        {
            Initiatives = [new Initiative { Id = "i", Name = " ", Objectives = ["f1", "nope"], Budget = -1m }],
        };

        Problems(card).Select(p => p.PropertyName).Should().Equal("initiatives[0].name", "initiatives[0].objectives[1]", "initiatives[0].budget");
    }

    [Fact]
    public void Validate_ManyProblems_AreAllReportedAtOnce()
    {
        ScorecardDefinition card = new()
        {
            Id = "bad",
            Name = "Bad",
            Grain = PeriodGrain.Month,
            Objectives =
            [
                Objective("a", Perspective.FinancialId, 1m, Linear("kpi_up", 1m, 1m)),
                Objective("a", "nowhere", -2m, Linear("unknown", 0m, 1m), Linear("kpi_down", 0m, 0m, weight: 0m)),
                Objective("c", Perspective.CustomerId, 1m, Linear("kpi_up", 0m, 1m)),
            ],
            StrategyMap = [Link("a", "c"), Link("c", "a")],
        };

        Problems(card).Select(p => p.PropertyName).Should().Equal(
            "objectives[0].indicators[0].target",
            "objectives[1].id",
            "objectives[1].perspective",
            "objectives[1].weight",
            "objectives[1].indicators[0].metric",
            "objectives[1].indicators[1].weight",
            "objectives[1].indicators[1].target",
            "strategy_map");
    }

    [Fact]
    public void Validate_NullEntries_AreReportedNotThrown()
    {
        ScorecardDefinition card = Valid() with
        {
            Objectives = [null!, Objective("f1", Perspective.FinancialId, 1m, (Indicator)null!)],
            StrategyMap = [null!],
            Initiatives = [null!],
            Perspectives = [null!],
        };

        Problems(card).Select(p => p.PropertyName).Should().Equal("perspectives[0]", "objectives[0]", "objectives[1].indicators[0]", "strategy_map[0]", "initiatives[0]");
    }
}
