using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Scorecards;
using static SalesOps.Sdk.Tests.Scorecards.ScorecardTestData;

namespace SalesOps.Sdk.Tests.Scorecards;

public class StrategyMapTests
{
    // up 60, down 20, mid 24.
    private static readonly FactCube Month = Cube(("2024-01", 60m, 20m, 24m));

    private static readonly Objective Green1 = Objective("green1", Perspective.LearningGrowthId, 1m, Linear("kpi_up", 0m, 60m));           // 1
    private static readonly Objective Green2 = Objective("green2", Perspective.InternalProcessId, 1m, Linear("kpi_down", 30m, 20m));      // 1
    private static readonly Objective Red1 = Objective("red1", Perspective.CustomerId, 1m, Linear("kpi_mid", 22m, 20m));                  // 1 − 4/2 → 0
    private static readonly Objective Red2 = Objective("red2", Perspective.InternalProcessId, 1m, Linear("kpi_up", 100m, 200m));          // (60 − 100)/100 → 0
    private static readonly Objective Amber = Objective("amber", Perspective.FinancialId, 1m, Linear("kpi_up", 0m, 100m));                // 0.6

    private static ScorecardEvaluation Evaluate(params StrategyLink[] links) =>
        new ScorecardEvaluator(
            new ScorecardDefinition { Id = "map", Name = "Map", Objectives = [Green1, Green2, Red1, Red2, Amber], StrategyMap = [.. links] },
            Catalog).Evaluate(Month);

    [Fact]
    public void Evaluate_EffectRedWhileAllCausesGreen_IsABrokenLinkage()
    {
        ScorecardEvaluation evaluation = Evaluate(Link("green1", "red1"), Link("green2", "red1"));

        StrategyMapFinding finding = evaluation.StrategyMapFindings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(StrategyMapFindingKind.BrokenLinkage);
        finding.Effect.Should().Be("red1");
        finding.Causes.Should().Equal("green1", "green2");
        finding.Note.Should().Be("broken linkage: red1 is red while all its causes (green1, green2) are green");
    }

    [Fact]
    public void Evaluate_EffectRedWithOneCauseNotGreen_IsNoBrokenLinkage()
    {
        ScorecardEvaluation evaluation = Evaluate(Link("green1", "red1"), Link("amber", "red1"));

        evaluation.StrategyMapFindings.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_CauseRedWhileEffectGreen_IsAnEarlyWarning()
    {
        ScorecardEvaluation evaluation = Evaluate(Link("red2", "green1"), Link("red2", "amber"), Link("red2", "red1"));

        StrategyMapFinding finding = evaluation.StrategyMapFindings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(StrategyMapFindingKind.EarlyWarning);
        finding.Causes.Should().Equal("red2");
        finding.Effect.Should().Be("green1");
        finding.Note.Should().Be("early warning: red2 is red while its effect green1 is still green");
    }

    [Fact]
    public void Evaluate_ObjectiveWithoutScore_TriggersNoFinding()
    {
        Objective noData = Objective("no_data", Perspective.CustomerId, 1m, Linear("kpi_missing", 0m, 1m));
        var card = new ScorecardDefinition
        {
            Id = "map",
            Name = "Map",
            Objectives = [Green1, Red2, noData],
            StrategyMap = [Link("green1", "no_data"), Link("no_data", "green1") with { Cause = "red2", Effect = "no_data" }],
        };

        new ScorecardEvaluator(card, Catalog).Evaluate(Month).StrategyMapFindings.Should().BeEmpty();
    }
}
