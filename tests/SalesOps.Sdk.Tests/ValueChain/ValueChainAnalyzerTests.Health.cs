using SalesOps.Sdk.ValueChain;

namespace SalesOps.Sdk.Tests.ValueChain;

public partial class ValueChainAnalyzerTests
{
    [Fact]
    public void Health_WeightedMeanOfTheStagesScoredKpis_ByHand()
    {
        StageHealthInput[] scored =
        [
            new("fill_rate", 80m, 2m),
            new("otif", 50m),
            new("promo_intensity", 60m, 1m),
            new("revenue", 90m, 3m),
        ];

        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(TwoMonths(), health: scored);

        analysis.HealthOf("outbound_logistics").Score.Value.Should().Be(70m); // (2×80 + 1×50) / 3
        analysis.HealthOf("outbound_logistics").Inputs.Select(i => i.MetricId).Should().Equal("fill_rate", "otif");
        analysis.HealthOf("marketing_sales").Score.Value.Should().Be(82.5m); // (60 + 3×90) / 4
        analysis.HealthOf("service").Score.Reason.Should().Be("the scorecard evaluation scores no KPI of stage service");
        analysis.Health.Select(h => h.StageId).Should().Equal(ValueChainStage.Porter.Select(s => s.Id));
    }

    [Fact]
    public void Health_NoEvaluationGiven_NotAvailable()
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(TwoMonths());

        analysis.Health.Should().OnlyContain(h => h.Score.Reason == "no scorecard evaluation was given" && h.Inputs.IsEmpty);
    }

    [Fact]
    public void Health_WeightsSumToZero_NotAvailable()
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(TwoMonths(), health: [new StageHealthInput("fill_rate", 80m, 0m)]);

        analysis.HealthOf("outbound_logistics").Score.Reason.Should().Be("the weights of stage outbound_logistics's KPIs sum to 0");
    }

    [Fact]
    public void Health_StageOverride_MovesTheKpisScore()
    {
        ValueChainOptions options = ValueChainOptions.Default.WithMetricStage("fill_rate", "service");

        ValueChainAnalysis analysis = new ValueChainAnalyzer(options).Analyze(TwoMonths(), health: [new StageHealthInput("fill_rate", 0.8m), new StageHealthInput("customer_satisfaction", 0.6m)]);

        analysis.HealthOf("service").Score.Value.Should().Be(0.7m);
        analysis.HealthOf("outbound_logistics").Score.IsAvailable.Should().BeFalse();
    }

    [Fact]
    public void Health_HostMetricOutsideTheCatalog_CountsThroughItsOverride()
    {
        ValueChainOptions options = ValueChainOptions.Default.WithMetricStage("carer_continuity", "service");

        ValueChainAnalysis analysis = new ValueChainAnalyzer(options).Analyze(TwoMonths(), health: [new StageHealthInput("carer_continuity", 40m)]);

        analysis.HealthOf("service").Score.Value.Should().Be(40m);
    }

    [Fact]
    public void Health_KpiWhoseStageIsNotInTheModel_CountsNowhere()
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer(ThreeStages).Analyze(TwoMonths(), health: [new StageHealthInput("fill_rate", 10m), new StageHealthInput("revenue", 30m)]);

        analysis.Health.Should().HaveCount(3);
        analysis.HealthOf("marketing_sales").Score.Value.Should().Be(30m);
        analysis.Health.SelectMany(h => h.Inputs).Select(i => i.MetricId).Should().Equal("revenue");
        analysis.UnattributedMetrics.Should().Contain("fill_rate");
    }

    [Fact]
    public void Health_BadInputs_EveryProblemReported()
    {
        StageHealthInput[] scored =
        [
            new("fill_rate", 80m, -1m),
            new(" ", 1m),
            new("fill_rate", 70m),
            new("shelf_gaps", 1m),
        ];

        FluentActions.Invoking(() => new ValueChainAnalyzer().Analyze(TwoMonths(), health: scored))
            .Should().Throw<ArgumentException>()
            .Which.Message.Should().ContainAll(
                "health[0].weight -1 is negative",
                "health[1].metricId is blank",
                "health[2].metricId 'fill_rate' repeats health[0]",
                "health[3].metricId 'shelf_gaps' is neither a metric of the catalog nor in the options' metric stages");
    }
}
