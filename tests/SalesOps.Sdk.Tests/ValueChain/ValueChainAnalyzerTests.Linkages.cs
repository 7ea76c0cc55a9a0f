using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Tests.TestSupport;
using SalesOps.Sdk.ValueChain;

namespace SalesOps.Sdk.Tests.ValueChain;

public partial class ValueChainAnalyzerTests
{
    private static readonly string[] SalesOpsColumns = ["revenue", "promo_spend", "ordered_units", "shipped_units"];

    // promo_intensity 0.01, 0.01, 0.05, 0.03; fill_rate 1, 0.98, 0.94, 0.92; revenue flat.
    private static FactCube PromotionPush() => ValueChainTestData.Monthly(
        SalesOpsColumns,
        [1000m, 10m, 100m, 100m],
        [1000m, 10m, 100m, 98m],
        [1000m, 50m, 100m, 94m],
        [1000m, 30m, 100m, 92m]);

    private static StageLinkage Linkage(ValueChainAnalysis analysis, string id) => analysis.Linkages.Single(l => l.Rule.Id == id);

    [Fact]
    public void Linkages_PromotionUpFillRateDown_StrainedWithHandComputedEvidence()
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(PromotionPush());

        StageLinkage linkage = Linkage(analysis, "promo_intensity_vs_fill_rate");
        linkage.Status.Should().Be(LinkageStatus.Strained);
        linkage.EarlierPeriods.Select(p => p.Label).Should().Equal("2024-01", "2024-02");
        linkage.LaterPeriods.Select(p => p.Label).Should().Equal("2024-03", "2024-04");
        linkage.Sales.StageId.Should().Be("marketing_sales");
        linkage.Sales.Before.Should().Be(0.01m);
        linkage.Sales.After.Should().Be(0.04m);
        linkage.Sales.Change.Should().Be(0.03m);
        linkage.Sales.Moved.Should().BeTrue();
        linkage.Operations.StageId.Should().Be("outbound_logistics");
        linkage.Operations.Before.Should().Be(0.99m);
        linkage.Operations.After.Should().Be(0.93m);
        linkage.Operations.Change.Should().Be(-0.06m);
        linkage.Operations.Moved.Should().BeTrue();
        linkage.Summary.Should().Be(
            "strained: promo_intensity 0.01 → 0.04 (+0.03; threshold 0.02 rising) while fill_rate 0.99 → 0.93 (-0.06; threshold 0.02 falling); " +
            "2024-01…2024-02 vs 2024-03…2024-04");
        analysis.StrainedLinkages.Select(l => l.Rule.Id).Should().Equal("promo_intensity_vs_fill_rate");
    }

    [Fact]
    public void Linkages_RevenueFlat_RevenueRulesNotStrained()
    {
        StageLinkage linkage = Linkage(new ValueChainAnalyzer().Analyze(PromotionPush()), "revenue_vs_fill_rate");

        linkage.Status.Should().Be(LinkageStatus.NotStrained);
        linkage.Sales.Change.Should().Be(0m);
        linkage.Sales.Moved.Should().BeFalse();
        linkage.Operations.Moved.Should().BeTrue();
        linkage.Summary.Should().StartWith("not strained: revenue 1000 → 1000 (0%; threshold 5% rising)");
    }

    [Fact]
    public void Linkages_KpiColumnsMissing_NotAvailableWithReason()
    {
        StageLinkage linkage = Linkage(new ValueChainAnalyzer().Analyze(PromotionPush()), "promo_intensity_vs_stockout_rate");

        linkage.Status.Should().Be(LinkageStatus.NotAvailable);
        linkage.Operations.Change.Should().BeNull();
        linkage.Operations.Reason.Should().StartWith("stockout_rate is not available in 2024-01…2024-02: ");
        linkage.Summary.Should().StartWith("not available: stockout_rate is not available");
    }

    [Fact]
    public void Linkages_ConfiguredWindows_CompareTheChosenPeriods()
    {
        // Earlier = 2024-02 alone, later = 2024-03…2024-04.
        ValueChainAnalysis analysis = new ValueChainAnalyzer(new ValueChainOptions { EarlierWindow = 1, LaterWindow = 2 }).Analyze(PromotionPush());

        StageLinkage linkage = Linkage(analysis, "promo_intensity_vs_fill_rate");
        linkage.EarlierPeriods.Select(p => p.Label).Should().Equal("2024-02");
        linkage.Sales.Change.Should().Be(0.03m);
        linkage.Operations.Change.Should().Be(-0.05m);
        linkage.Status.Should().Be(LinkageStatus.Strained);
    }

    [Fact]
    public void Linkages_LastTwoPeriodsOnly_PromotionFalling_NotStrained()
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer(new ValueChainOptions { EarlierWindow = 1, LaterWindow = 1 }).Analyze(PromotionPush());

        StageLinkage linkage = Linkage(analysis, "promo_intensity_vs_fill_rate");
        linkage.Sales.Change.Should().Be(-0.02m);
        linkage.Status.Should().Be(LinkageStatus.NotStrained);
    }

    [Fact]
    public void Linkages_ChangeExactlyAtTheThreshold_Counts()
    {
        // promo 0.01 → 0.03 (+0.02), fill 1 → 0.98 (−0.02).
        FactCube cube = ValueChainTestData.Monthly(SalesOpsColumns, [1000m, 10m, 100m, 100m], [1000m, 30m, 100m, 98m]);

        StageLinkage linkage = Linkage(new ValueChainAnalyzer().Analyze(cube), "promo_intensity_vs_fill_rate");

        linkage.Status.Should().Be(LinkageStatus.Strained);
    }

    [Fact]
    public void Linkages_OddNumberOfPeriods_OldestPeriodLeftOut()
    {
        FactCube cube = ValueChainTestData.Monthly(
            SalesOpsColumns,
            [1000m, 10m, 100m, 100m], [1000m, 10m, 100m, 100m], [1000m, 90m, 100m, 50m], [1000m, 10m, 100m, 100m], [1000m, 10m, 100m, 100m]);

        StageLinkage linkage = Linkage(new ValueChainAnalyzer().Analyze(cube), "promo_intensity_vs_fill_rate");

        linkage.EarlierPeriods.Select(p => p.Label).Should().Equal("2024-02", "2024-03");
        linkage.LaterPeriods.Select(p => p.Label).Should().Equal("2024-04", "2024-05");
        linkage.Sales.Before.Should().Be(0.05m);
        linkage.Operations.Before.Should().Be(0.75m);
        linkage.Status.Should().Be(LinkageStatus.NotStrained, "promotion fell back while the fill rate recovered");
    }

    [Fact]
    public void Linkages_OnePeriod_NotAvailable()
    {
        FactCube cube = ValueChainTestData.Monthly(SalesOpsColumns, [1000m, 10m, 100m, 100m]);

        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(cube);

        analysis.Linkages.Should().OnlyContain(l => l.Status == LinkageStatus.NotAvailable && l.EarlierPeriods.IsEmpty);
        analysis.Linkages[0].Summary.Should().Be(
            "not available: the linkage analysis compares an earlier with a later window and needs at least 2 periods; the data has 1");
    }

    [Fact]
    public void Linkages_WindowsLongerThanTheData_NotAvailable()
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer(new ValueChainOptions { EarlierWindow = 3, LaterWindow = 2 }).Analyze(PromotionPush());

        analysis.Linkages[0].Sales.Reason.Should().Be("the windows need 3 earlier and 2 later periods; the data has 4");
    }

    [Fact]
    public void Linkages_RelativeChangeFromZero_NotAvailable()
    {
        FactCube cube = ValueChainTestData.Monthly(SalesOpsColumns, [0m, 0m, 100m, 100m], [1000m, 10m, 100m, 90m]);

        StageLinkage linkage = Linkage(new ValueChainAnalyzer().Analyze(cube), "revenue_vs_fill_rate");

        linkage.Status.Should().Be(LinkageStatus.NotAvailable);
        linkage.Sales.Reason.Should().Be("the relative change of revenue from 0 is not defined");
    }

    [Fact]
    public void Linkages_NoRules_NoLinkages()
    {
        new ValueChainAnalyzer(new ValueChainOptions { Linkages = [] }).Analyze(PromotionPush()).Linkages.Should().BeEmpty();
    }

    [Fact]
    public void Linkages_SalesTrapFixture_PromotionStrainsFillRateStockoutsAndStock()
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(Fixtures.Cube("sales_trap.csv", ReportingCalendars.Gregorian, PeriodGrain.Month));

        analysis.StrainedLinkages.Select(l => l.Rule.Id).Should().Contain(
            ["promo_intensity_vs_fill_rate", "promo_intensity_vs_stockout_rate", "promo_intensity_vs_days_of_supply"]);
        StageLinkage fill = Linkage(analysis, "promo_intensity_vs_fill_rate");
        fill.EarlierPeriods.Select(p => p.Label).Should().Equal("2024-01", "2024-02", "2024-03");
        fill.LaterPeriods.Select(p => p.Label).Should().Equal("2024-04", "2024-05", "2024-06");
        fill.Sales.Before!.Value.Should().BeApproximately(0.01m, 0.0005m);
        fill.Sales.After!.Value.Should().BeApproximately(0.12m, 0.0005m);
        fill.Operations.Before.Should().Be(1m);
        fill.Operations.After!.Value.Should().BeLessThan(0.95m);
        Linkage(analysis, "promo_intensity_vs_stockout_rate").Operations.Before.Should().Be(0m);
    }

    [Theory]
    [InlineData("balanced.csv")]
    [InlineData("ops_trap.csv")]
    [InlineData("silo.csv")]
    public void Linkages_FixturesWithoutASalesPush_NoneStrained(string file)
    {
        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(Fixtures.Cube(file, ReportingCalendars.Gregorian, PeriodGrain.Month));

        analysis.Linkages.Should().HaveCount(LinkageRule.Defaults.Length);
        analysis.Linkages.Should().OnlyContain(l => l.Status == LinkageStatus.NotStrained, "every KPI is in the data and nothing strains");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Linkages_GeneratedPromotionPushWithFallingFillRate_Strained(int seed)
    {
        FactCube cube = ValueChainTestData.Generated(seed, [.. Repeat(0.01m, 6), .. Repeat(0.04m, 6)], [.. Repeat(0.98m, 6), .. Repeat(0.93m, 6)], revenueGrowthPerMonth: 0m);

        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(cube);

        analysis.StrainedLinkages.Select(l => l.Rule.Id).Should().Equal("promo_intensity_vs_fill_rate");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Linkages_GeneratedPromotionPushWithSteadyFillRate_NotStrained(int seed)
    {
        FactCube cube = ValueChainTestData.Generated(seed, [.. Repeat(0.01m, 6), .. Repeat(0.04m, 6)], Repeat(0.98m, 12), revenueGrowthPerMonth: 0m);

        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(cube);

        Linkage(analysis, "promo_intensity_vs_fill_rate").Sales.Moved.Should().BeTrue();
        analysis.StrainedLinkages.Should().BeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Linkages_GeneratedFallingFillRateWithoutASalesPush_NotStrained(int seed)
    {
        FactCube cube = ValueChainTestData.Generated(seed, Repeat(0.01m, 12), [.. Repeat(0.98m, 6), .. Repeat(0.90m, 6)], revenueGrowthPerMonth: 0m);

        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(cube);

        Linkage(analysis, "promo_intensity_vs_fill_rate").Operations.Moved.Should().BeTrue();
        analysis.StrainedLinkages.Should().BeEmpty();
    }

    [Fact]
    public void Linkages_GeneratedGrowthOutrunningShipping_RevenueLinkageStrained()
    {
        // 3 % a month for a year: the later half's mean revenue is about 20 % above the earlier half's.
        FactCube cube = ValueChainTestData.Generated(7, Repeat(0.01m, 12), [.. Repeat(0.98m, 6), .. Repeat(0.94m, 6)], revenueGrowthPerMonth: 0.03m);

        ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(cube);

        analysis.StrainedLinkages.Select(l => l.Rule.Id).Should().Equal("revenue_vs_fill_rate");
    }

    [Fact]
    public void Linkages_GeneratedPromotionRiseBelowThreshold_NotStrained()
    {
        FactCube cube = ValueChainTestData.Generated(11, [.. Repeat(0.01m, 6), .. Repeat(0.02m, 6)], [.. Repeat(0.98m, 6), .. Repeat(0.90m, 6)], revenueGrowthPerMonth: 0m);

        StageLinkage linkage = Linkage(new ValueChainAnalyzer().Analyze(cube), "promo_intensity_vs_fill_rate");

        linkage.Sales.Change!.Value.Should().BeApproximately(0.01m, 0.0001m);
        linkage.Status.Should().Be(LinkageStatus.NotStrained);
    }

    private static decimal[] Repeat(decimal value, int count) => [.. Enumerable.Repeat(value, count)];
}
