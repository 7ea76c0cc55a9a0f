using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Tests.TestSupport;
using SalesOps.Sdk.ValueChain;

namespace SalesOps.Sdk.Tests.ValueChain;

public partial class ValueChainAnalyzerTests
{
    private static readonly ValueChainOptions ThreeStages = ValueChainOptions.Default with
    {
        Stages = [ValueChainStage.InboundLogistics, ValueChainStage.Operations, ValueChainStage.MarketingSales],
    };

    private static readonly string[] CostColumns = ["revenue", "cost_inbound_logistics", "cost_operations", "cost_marketing_sales"];

    // January: revenue 1000, costs 100 / 300 / 200. February: revenue 1250, costs 150 / 300 / 250.
    private static FactCube TwoMonths() => ValueChainTestData.Monthly(CostColumns, [1000m, 100m, 300m, 200m], [1250m, 150m, 300m, 250m]);

    [Fact]
    public void Analyze_CostsInTheFacts_SharesCostToRevenueAndMarginByHand()
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer(ThreeStages).Analyze(TwoMonths());

        analysis.Periods.Should().HaveCount(2);
        ValueChainPeriod jan = analysis.Periods[0];
        jan.Period.Label.Should().Be("2024-01");
        jan.Revenue.Value.Should().Be(1000m);
        jan.TotalCost.Value.Should().Be(600m);
        jan.Margin.Value.Should().Be(400m);
        jan.MarginRate.Value.Should().Be(0.4m);
        jan.Stages.Select(s => s.StageId).Should().Equal("inbound_logistics", "operations", "marketing_sales");
        jan["inbound_logistics"].Cost.Value.Should().Be(100m);
        jan["inbound_logistics"].Share.Value.Should().Be(100m / 600m);
        jan["operations"].Share.Value.Should().Be(0.5m);
        jan["marketing_sales"].Share.Value.Should().Be(200m / 600m);
        jan["inbound_logistics"].CostToRevenue.Value.Should().Be(0.1m);
        jan["operations"].CostToRevenue.Value.Should().Be(0.3m);
        jan["marketing_sales"].CostToRevenue.Value.Should().Be(0.2m);
        jan.RevenueGrowth.IsAvailable.Should().BeFalse();
        jan["operations"].CostGrowth.Reason.Should().Be("no previous period in the analysis");
    }

    [Fact]
    public void Analyze_SecondPeriod_CostGrowthAgainstRevenueGrowthByHand()
    {
        ValueChainPeriod feb = new ValueChainAnalyzer(ThreeStages).Analyze(TwoMonths()).Periods[1];

        feb.TotalCost.Value.Should().Be(700m);
        feb.Margin.Value.Should().Be(550m);
        feb.MarginRate.Value.Should().Be(0.44m);
        feb.RevenueGrowth.Value.Should().Be(0.25m);
        feb["inbound_logistics"].CostGrowth.Value.Should().Be(0.5m);
        feb["inbound_logistics"].GrowthGap.Value.Should().Be(0.25m);
        feb["operations"].CostGrowth.Value.Should().Be(0m);
        feb["operations"].GrowthGap.Value.Should().Be(-0.25m);
        feb["marketing_sales"].CostGrowth.Value.Should().Be(0.25m);
        feb["marketing_sales"].GrowthGap.Value.Should().Be(0m);
    }

    [Fact]
    public void Analyze_SomeStageCostsMissing_NotAvailableWithReasonNeverZero()
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(TwoMonths());

        ValueChainPeriod jan = analysis.Periods[0];
        StagePeriodCost outbound = jan["outbound_logistics"];
        outbound.Cost.Value.Should().BeNull();
        outbound.Cost.Reason.Should().Be("the facts have no cost_outbound_logistics column");
        outbound.Share.IsAvailable.Should().BeFalse();
        outbound.CostToRevenue.IsAvailable.Should().BeFalse();
        jan.TotalCost.Value.Should().BeNull();
        jan.TotalCost.Reason.Should().Be(
            "the cost of stages outbound_logistics, service, procurement, technology_development, human_resources, firm_infrastructure is not available");
        jan.Margin.Value.Should().BeNull();
        jan.Margin.Reason.Should().StartWith("total_cost is not available");
        jan["operations"].Share.IsAvailable.Should().BeFalse("a share of an incomplete total would mislead");
        jan["operations"].CostToRevenue.Value.Should().Be(0.3m, "cost-to-revenue needs only the stage's own cost");
    }

    [Theory]
    [InlineData("balanced.csv")]
    [InlineData("sales_trap.csv")]
    public void Analyze_FixtureWithoutCostColumns_EveryStageCostNotAvailable(string file)
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(Fixtures.Cube(file, ReportingCalendars.Gregorian, PeriodGrain.Month));

        analysis.Periods.Should().HaveCount(6);
        foreach (ValueChainPeriod period in analysis.Periods)
        {
            period.Revenue.IsAvailable.Should().BeTrue();
            period.Stages.Should().OnlyContain(s => s.Cost.Value == null && s.Cost.Reason!.StartsWith("the facts have no cost_", StringComparison.Ordinal));
            period.TotalCost.IsAvailable.Should().BeFalse();
            period.Margin.IsAvailable.Should().BeFalse();
        }
    }

    [Fact]
    public void Analyze_HostCostSource_UsedInsteadOfTheFacts_MissingFiguresNotAvailable()
    {
        FactCube cube = TwoMonths();
        ReportingPeriod jan = cube.Periods[0];
        var costs = new InMemoryStageCostSource([(jan, "inbound_logistics", 10m), (jan, "operations", 20m), (jan, "marketing_sales", 70m)]);

        ValueChainAnalysis analysis = new ValueChainAnalyzer(ThreeStages).Analyze(cube, costs);

        analysis.Periods[0].TotalCost.Value.Should().Be(100m);
        analysis.Periods[0]["marketing_sales"].Share.Value.Should().Be(0.7m);
        analysis.Periods[0].Margin.Value.Should().Be(900m);
        analysis.Periods[1]["operations"].Cost.Reason.Should().Be("the cost source has no cost for stage 'operations' in 2024-02");
        analysis.Periods[1].Margin.IsAvailable.Should().BeFalse();
    }

    [Fact]
    public void Analyze_StageCostMappingResult_FeedsTheAnalysis()
    {
        FactCube cube = TwoMonths();
        var mapping = new StageCostMapping([StageCostRule.Prefix("5", "inbound_logistics"), StageCostRule.Prefix("6", "operations"), StageCostRule.Prefix("7", "marketing_sales")], ThreeStages.Stages);
        StageCostMappingResult mapped = mapping.Map(
            [new(new NodaTime.LocalDate(2024, 1, 3), "5000", 40m), new(new NodaTime.LocalDate(2024, 1, 9), "6000", 60m), new(new NodaTime.LocalDate(2024, 1, 9), "7000", 100m)],
            cube.Calendar,
            cube.Grain);

        ValueChainPeriod jan = new ValueChainAnalyzer(ThreeStages).Analyze(cube, mapped.Costs).Periods[0];

        jan.TotalCost.Value.Should().Be(200m);
        jan["marketing_sales"].Share.Value.Should().Be(0.5m);
        jan.Margin.Value.Should().Be(800m);
    }

    [Fact]
    public void Analyze_RevenueZero_CostToRevenueNotAvailable()
    {
        FactCube cube = ValueChainTestData.Monthly(CostColumns, [0m, 1m, 2m, 3m]);

        ValueChainPeriod jan = new ValueChainAnalyzer(ThreeStages).Analyze(cube).Periods[0];

        jan["operations"].CostToRevenue.Reason.Should().Be("division by zero: revenue is 0");
        jan.MarginRate.Reason.Should().Be("division by zero: revenue is 0");
        jan.Margin.Value.Should().Be(-6m);
    }

    [Fact]
    public void Analyze_CostsAllZero_ShareNotAvailable()
    {
        FactCube cube = ValueChainTestData.Monthly(CostColumns, [10m, 0m, 0m, 0m]);

        ValueChainPeriod jan = new ValueChainAnalyzer(ThreeStages).Analyze(cube).Periods[0];

        jan.TotalCost.Value.Should().Be(0m);
        jan["operations"].Share.Reason.Should().Be("division by zero: total_cost is 0");
    }

    [Fact]
    public void Analyze_NoRevenueColumn_RevenueAndMarginNotAvailable()
    {
        FactCube cube = ValueChainTestData.Monthly(["cost_inbound_logistics", "cost_operations", "cost_marketing_sales"], [1m, 2m, 3m]);

        ValueChainPeriod jan = new ValueChainAnalyzer(ThreeStages).Analyze(cube).Periods[0];

        jan.TotalCost.Value.Should().Be(6m);
        jan.Revenue.IsAvailable.Should().BeFalse();
        jan.Margin.Reason.Should().StartWith("revenue is not available");
    }

    [Property(MaxTest = 100)]
    public Property Analyze_AllCostsKnown_SharesSumToOneAndMarginIsRevenueMinusCosts()
    {
        Gen<decimal> amount = Gen.Choose(1, 1_000_000).Select(v => v / 100m);
        return Prop.ForAll(
            Gen.ArrayOf(amount, 4).ToArbitrary(),
            values =>
            {
                FactCube cube = ValueChainTestData.Monthly(CostColumns, values);
                ValueChainPeriod period = new ValueChainAnalyzer(ThreeStages).Analyze(cube).Periods[0];
                decimal shares = period.Stages.Sum(s => s.Share.Value!.Value);
                return Math.Abs(shares - 1m) < 0.000_000_000_000_000_001m
                    && period.Margin.Value == values[0] - values[1] - values[2] - values[3];
            });
    }

    [Fact]
    public void Analyze_NullCube_Throws()
    {
        FluentActions.Invoking(() => new ValueChainAnalyzer().Analyze(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_InvalidOptionsOrUnknownLinkageMetric_ThrowsNamingThem()
    {
        FluentActions.Invoking(() => new ValueChainAnalyzer(new ValueChainOptions { EarlierWindow = 0 }))
            .Should().Throw<ArgumentException>().WithMessage("Invalid value-chain options: earlierWindow 0*");
        var rule = new LinkageRule("x", LinkageRule.PromotionPush, LinkageRule.FillRateDrop with { MetricId = "shelf_gaps" }, "x");
        FluentActions.Invoking(() => new ValueChainAnalyzer(new ValueChainOptions { Linkages = [rule] }))
            .Should().Throw<ArgumentException>().WithMessage("*linkages[0].operations.metricId 'shelf_gaps' is not a metric of the catalog*");
    }

    [Fact]
    public void Attribution_MetricsOfAStage_FollowTheCatalogAndOverrides()
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer(ValueChainOptions.Default.WithMetricStage("stockout_rate", "inbound_logistics"))
            .Analyze(TwoMonths());

        analysis.MetricsOf("outbound_logistics").Should().Contain(["fill_rate", "otif"]);
        analysis.MetricsOf("human_resources").Should().Contain("training_hours_per_employee");
        analysis.MetricsOf("inbound_logistics").Should().Contain("stockout_rate");
        analysis.MetricsOf("operations").Should().NotContain("stockout_rate");
        analysis.UnattributedMetrics.Should().BeEmpty();
        FluentActions.Invoking(() => analysis.MetricsOf("shipping")).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Attribution_StageRemovedFromTheModel_ItsMetricsReportedUnattributed()
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer(ThreeStages).Analyze(TwoMonths());

        analysis.UnattributedMetrics.Should().Contain(["fill_rate", "customer_satisfaction", "operating_cost_ratio"]);
        analysis.UnattributedMetrics.Should().NotContain("revenue");
        analysis.UnattributedMetrics.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Attribution_CustomCatalogMetricWithoutStage_Unattributed()
    {
        var custom = Metric.Simple(new MetricDefinition("pallets", "Pallets", MeasureUnit.Count, MetricDirection.HigherIsBetter, BusinessFunction.Operations, "Σ pallets"), "pallets");
        MetricCatalog catalog = MetricCatalog.Standard.With([custom]);

        ValueChainAnalysis analysis = new ValueChainAnalyzer(null, catalog).Analyze(TwoMonths());

        analysis.UnattributedMetrics.Should().Equal("pallets");
    }
}
