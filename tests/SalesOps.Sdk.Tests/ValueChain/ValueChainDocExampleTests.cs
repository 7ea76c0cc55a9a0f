using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.ValueChain;

namespace SalesOps.Sdk.Tests.ValueChain;

/// <summary>The code examples of docs/value-chain.md, kept compiling and correct.</summary>
public class ValueChainDocExampleTests
{
    [Fact]
    public void CustomRuleAndWindows_Example_IsValid()
    {
        var rule = new LinkageRule(
            "promo_intensity_vs_otif",
            LinkageRule.PromotionPush with { Threshold = 0.01m },
            new LinkageSignal("otif", SignalDirection.Falling, 0.03m, ChangeBasis.Absolute),
            "Promotions outrun on-time-in-full delivery.");
        var options = ValueChainOptions.Default with { Linkages = [.. LinkageRule.Defaults, rule], LaterWindow = 2, EarlierWindow = 4 };

        var analyzer = new ValueChainAnalyzer(options);

        analyzer.Options.Linkages.Should().HaveCount(7);
    }

    [Fact]
    public void CareProviderStages_Example_RenamesAndAdds()
    {
        ValueChainOptions care = ValueChainOptions.Default
            .WithStage(new ValueChainStage("operations", "Care delivery", ValueChainActivity.Primary))
            .WithStage(new ValueChainStage("client_intake", "Client intake", ValueChainActivity.Primary))
            .WithMetricStage("capacity_utilisation", "client_intake");

        ValueChainAnalysis analysis = new ValueChainAnalyzer(care).Analyze(ValueChainTestData.Monthly(["revenue"], [1m]));

        analysis.MetricsOf("client_intake").Should().Equal("capacity_utilisation");
        analysis.Stages[1].DisplayName.Should().Be("Care delivery");
    }

    [Fact]
    public void GlMapping_Example_ExactBeatsPrefix_UnmappedReported()
    {
        var mapping = new StageCostMapping(
        [
            StageCostRule.Range("5000", "5999", "inbound_logistics"),
            StageCostRule.Prefix("61", "outbound_logistics"),
            StageCostRule.Exact("6190", "service"),
            StageCostRule.Prefix("CC-MKT", "marketing_sales"),
        ]);
        CostLine[] ledgerLines =
        [
            new(new LocalDate(2024, 1, 4), "5100", 40m),
            new(new LocalDate(2024, 1, 4), "6110", 30m),
            new(new LocalDate(2024, 1, 4), "6190", 20m),
            new(new LocalDate(2024, 1, 4), "7100", 10m),
        ];

        StageCostMappingResult mapped = mapping.Map(ledgerLines, ReportingCalendars.Gregorian, PeriodGrain.Month);

        ReportingPeriod jan = ReportingCalendars.Gregorian.GetPeriod(new LocalDate(2024, 1, 1), PeriodGrain.Month);
        mapped.Costs.GetCost(jan, "service").Should().Be(20m);
        mapped.Costs.GetCost(jan, "outbound_logistics").Should().Be(30m);
        mapped.Unmapped.Should().Equal(new UnmappedAccount("7100", 1, 10m));
    }

    [Fact]
    public void FromCSharp_Example_HealthOfOutboundLogisticsIs70()
    {
        FactCube cube = ValueChainTestData.Monthly(["revenue", "promo_spend"], [1000m, 10m], [1100m, 12m]);
        StageHealthInput[] scored = [new("fill_rate", 80m, 2m), new("otif", 50m), new("customer_satisfaction", 90m)];

        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(cube, costs: null, health: scored);

        analysis.HealthOf("outbound_logistics").Score.Value.Should().Be(70m);
        analysis.HealthOf("service").Score.Value.Should().Be(90m);
        analysis.Periods[0].Margin.ToString().Should().StartWith("n/a (total_cost is not available");
        analysis.StrainedLinkages.Should().BeEmpty();
    }
}
