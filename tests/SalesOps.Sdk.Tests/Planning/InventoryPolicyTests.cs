using System.Collections.Immutable;
using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Planning;

namespace SalesOps.Sdk.Tests.Planning;

public class InventoryPolicyTests
{
    private static readonly InventoryPolicyOptions Options = new(0.95, 4m);

    private static DemandHistory History(string sku, decimal[] units, decimal? revenue = 100m, decimal? cogs = null, decimal? stock = null, string? store = null) =>
        new(sku, store, [.. units], revenue, cogs, stock);

    [Fact]
    public void Calculate_HandComputedItem_EveryFigure()
    {
        // Units 10, 12, 8, 10: D = 10, σ² = (0 + 4 + 4 + 0) / 3 = 8/3. COGS 200 over 40 units → unit cost 5.
        DemandHistory item = History("A", [10m, 12m, 8m, 10m], revenue: 400m, cogs: 200m, stock: 46m);

        ItemPolicy policy = InventoryPolicy.Calculate([item], Options with { OrderCost = 50m, HoldingRate = 0.25m }).Items.Single();

        double z = 1.6448536269514722;
        double sigma = Math.Sqrt(8.0 / 3.0);
        double ss = z * Math.Sqrt(4 * 8.0 / 3.0);
        policy.Days.Should().Be(4);
        policy.UnitsSold.Should().Be(40m);
        policy.AverageDailyDemand.Should().Be(10m);
        ((double)policy.DemandStdDev!.Value).Should().BeApproximately(sigma, 1e-12);
        ((double)policy.CoefficientOfVariation!.Value).Should().BeApproximately(sigma / 10, 1e-12);
        ((double)policy.SafetyStock!.Value).Should().BeApproximately(ss, 1e-12);
        ((double)policy.ReorderPoint!.Value).Should().BeApproximately(40 + ss, 1e-12);
        policy.UnitCost.Should().Be(5m);
        // EOQ = √(2 · 365·10 · 50 / (0.25 · 5)) = √292000.
        ((double)policy.Eoq!.Value).Should().BeApproximately(Math.Sqrt(292000), 1e-10);
        ((double)policy.MaximumStock!.Value).Should().BeApproximately(40 + ss + Math.Sqrt(292000), 1e-10);
        policy.CurrentStock.Should().Be(46m);
        policy.StockStatus.Should().Be(StockStatus.WithinPolicy);
        policy.Abc.Should().Be(AbcClass.A);
        policy.Xyz.Should().Be(XyzClass.X);
        policy.Notes.Should().BeEmpty();
        policy.Store.Should().BeNull();
    }

    [Fact]
    public void Calculate_LeadTimeVariability_EntersSafetyStock()
    {
        // D = 10, σ² = 8/3, L = 4, σL = 1: SS = z·√(4·8/3 + 100·1).
        ItemPolicy policy = InventoryPolicy.Calculate([History("A", [10m, 12m, 8m, 10m])], Options with { LeadTimeStdDevDays = 1m }).Items.Single();

        ((double)policy.SafetyStock!.Value).Should().BeApproximately(1.6448536269514722 * Math.Sqrt((32.0 / 3.0) + 100), 1e-12);
    }

    [Theory]
    [InlineData(46, StockStatus.WithinPolicy)]
    [InlineData(5, StockStatus.BelowSafetyStock)]
    [InlineData(30, StockStatus.ReorderDue)]
    [InlineData(700, StockStatus.AboveMaximum)]
    public void Calculate_CurrentStock_ComparedWithSafetyStockReorderPointAndMaximum(int stock, StockStatus expected)
    {
        // SS ≈ 5.37, ROP ≈ 45.37, max ≈ 585.7.
        ItemPolicy policy = InventoryPolicy.Calculate([History("A", [10m, 12m, 8m, 10m], cogs: 200m, stock: stock)], Options).Items.Single();

        policy.StockStatus.Should().Be(expected);
    }

    [Fact]
    public void Calculate_FewerThanTwoDays_NoteAndNullsNeverNaN()
    {
        InventoryPolicyReport report = InventoryPolicy.Calculate([History("one", [7m], cogs: 3m, stock: 2m), History("none", [])], Options);

        ItemPolicy one = report.Items[0];
        one.AverageDailyDemand.Should().Be(7m);
        one.DemandStdDev.Should().BeNull();
        one.SafetyStock.Should().BeNull();
        one.ReorderPoint.Should().BeNull();
        one.Eoq.Should().BeNull();
        one.MaximumStock.Should().BeNull();
        one.Xyz.Should().BeNull();
        one.StockStatus.Should().Be(StockStatus.Unknown);
        one.Notes.Should().ContainSingle(n => n.Contains("fewer than two days of history (1)", StringComparison.Ordinal));
        ItemPolicy none = report.Items[1];
        none.Days.Should().Be(0);
        none.AverageDailyDemand.Should().BeNull();
        none.Notes.Should().Contain(n => n.Contains("(0)", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_ZeroUnitCost_NoEoqWithReason()
    {
        ItemPolicy policy = InventoryPolicy.Calculate([History("free", [1m, 3m], cogs: 0m)], Options).Items.Single();

        policy.UnitCost.Should().Be(0m);
        policy.Eoq.Should().BeNull();
        policy.MaximumStock.Should().BeNull();
        policy.SafetyStock.Should().NotBeNull();
        policy.Notes.Should().ContainSingle(n => n.StartsWith("eoq: the unit cost is 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_NoDemand_NoCoefficientOfVariationButZeroSafetyStock()
    {
        ItemPolicy policy = InventoryPolicy.Calculate([History("idle", [0m, 0m, 0m], cogs: 0m)], Options).Items.Single();

        policy.AverageDailyDemand.Should().Be(0m);
        policy.DemandStdDev.Should().Be(0m);
        policy.SafetyStock.Should().Be(0m);
        policy.CoefficientOfVariation.Should().BeNull();
        policy.Xyz.Should().BeNull();
        policy.Notes.Should().Contain(n => n.StartsWith("xyz:", StringComparison.Ordinal)).And.Contain(n => n.StartsWith("eoq: no units sold", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_AbcAcrossItems_ByRevenue()
    {
        InventoryPolicyReport report = InventoryPolicy.Calculate(
            [History("c", [1m, 2m], revenue: 5m), History("a", [1m, 2m], revenue: 80m), History("b", [1m, 2m], revenue: 15m)], Options);

        report.Items.Select(i => i.Abc).Should().Equal(AbcClass.C, AbcClass.A, AbcClass.B);
    }

    [Fact]
    public void Calculate_NoRevenue_NoAbcWithNote()
    {
        ItemPolicy policy = InventoryPolicy.Calculate([History("a", [1m, 2m], revenue: null)], Options).Items.Single();

        policy.Abc.Should().BeNull();
        policy.Notes.Should().Contain("abc: the data has no revenue");
    }

    [Fact]
    public void Calculate_InvalidOptions_ListEveryProblem()
    {
        var options = new InventoryPolicyOptions(1.0, -1m) { LeadTimeStdDevDays = -2m, OrderCost = 0m, HoldingRate = 0m };

        Action act = () => InventoryPolicy.Calculate([History("a", [1m, 2m])], options);

        act.Should().Throw<ArgumentException>().Which.Message.Should()
            .Contain("serviceLevel 1 should be in the open range (0, 1)")
            .And.Contain("leadTimeDays -1")
            .And.Contain("leadTimeStdDevDays -2")
            .And.Contain("orderCost 0")
            .And.Contain("holdingRate 0");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void Calculate_ServiceLevelOutOfRange_Throws(double serviceLevel)
    {
        Action act = () => InventoryPolicy.Calculate([], new InventoryPolicyOptions(serviceLevel, 1m));

        act.Should().Throw<ArgumentException>().WithMessage("*serviceLevel*");
    }

    [Fact]
    public void Calculate_BadHistories_Throw()
    {
        ((Action)(() => InventoryPolicy.Calculate([History("a", [1m]), History("a", [2m])], Options))).Should().Throw<ArgumentException>().WithMessage("*item a appears more than once*");
        ((Action)(() => InventoryPolicy.Calculate([History("a", [1m, -1m])], Options))).Should().Throw<ArgumentException>().WithMessage("*day 1 has -1 units*");
        ((Action)(() => InventoryPolicy.Calculate([History("a", [1m], stock: -3m)], Options))).Should().Throw<ArgumentException>().WithMessage("*current stock -3*");
    }

    private static FactCube DailyCube(bool withStore, params (string Date, string Sku, string Store, decimal Units, decimal Revenue, decimal Cogs, decimal OnHand)[] rows)
    {
        string[] dimensions = withStore ? ["sku", "store"] : ["sku"];
        var schema = new FactSchema(dimensions, [StandardMeasures.UnitsSold, StandardMeasures.Revenue, StandardMeasures.Cogs, StandardMeasures.OnHandUnits]);
        var source = new InMemoryFactRowSource(schema, rows.Select(r => new FactRow(
            TestSupport.Fixtures.Date(r.Date),
            withStore ? [r.Sku, r.Store] : [r.Sku],
            [r.Units, r.Revenue, r.Cogs, r.OnHand])));
        return FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Day);
    }

    private static readonly (string, string, string, decimal, decimal, decimal, decimal)[] GapRows =
    [
        ("2024-01-01", "A", "S1", 10m, 100m, 50m, 40m),
        ("2024-01-02", "A", "S1", 12m, 120m, 60m, 30m),
        ("2024-01-04", "A", "S1", 8m, 80m, 40m, 25m),
        ("2024-01-01", "B", "S1", 1m, 10m, 5m, 9m),
        ("2024-01-02", "B", "S1", 1m, 10m, 5m, 8m),
        ("2024-01-03", "B", "S1", 1m, 10m, 5m, 7m),
        ("2024-01-04", "B", "S1", 1m, 10m, 5m, 6m),
    ];

    [Fact]
    public void FromDailyCube_MissingDayNotObserved_LeftOutOfHistory()
    {
        ImmutableArray<DemandHistory> histories = DemandHistory.FromDailyCube(DailyCube(true, GapRows));

        histories.Select(h => h.ItemId).Should().Equal("A/S1", "B/S1");
        histories[0].DailyUnits.Should().Equal(10m, 12m, 8m);
        histories[0].Revenue.Should().Be(300m);
        histories[0].Cogs.Should().Be(150m);
        histories[0].CurrentStock.Should().Be(25m);
        histories[0].Store.Should().Be("S1");
    }

    [Fact]
    public void FromDailyCube_MissingDayAsZeroSales_CountsEveryDateOfTheData()
    {
        InventoryPolicyReport report = InventoryPolicy.FromDailyCube(DailyCube(true, GapRows), Options with { MissingDays = MissingDayTreatment.ZeroSales });

        ItemPolicy a = report.Items[0];
        a.Days.Should().Be(4);
        a.AverageDailyDemand.Should().Be(7.5m);
        // Units 10, 12, 0, 8: σ² = (6.25 + 20.25 + 56.25 + 0.25) / 3 = 83/3.
        ((double)a.DemandStdDev!.Value).Should().BeApproximately(Math.Sqrt(83.0 / 3.0), 1e-12);
        DemandHistory.FromDailyCube(DailyCube(true, GapRows), MissingDayTreatment.ZeroSales)[0].DailyUnits.Should().Equal(10m, 12m, 0m, 8m);
    }

    [Fact]
    public void FromDailyCube_NoStoreDimension_StoreIsNullAndItemIsSku()
    {
        InventoryPolicyReport report = InventoryPolicy.FromDailyCube(DailyCube(false, GapRows), Options);

        report.Items.Select(i => (i.Sku, i.Store)).Should().Equal(("A", (string?)null), ("B", (string?)null));
        report.Items[1].AverageDailyDemand.Should().Be(1m);
        report.Items[1].DemandStdDev.Should().Be(0m);
        report.Items[1].CurrentStock.Should().Be(6m);
    }

    [Fact]
    public void FromDailyCube_StoreCubeRolledUpBySku_SumsStores()
    {
        FactCube cube = DailyCube(true, [("2024-01-01", "A", "S1", 1m, 1m, 1m, 5m), ("2024-01-01", "A", "S2", 2m, 1m, 1m, 7m), ("2024-01-02", "A", "S1", 3m, 1m, 1m, 4m)]);

        ImmutableArray<DemandHistory> histories = DemandHistory.FromDailyCube(cube.RollUp("sku"));

        histories.Single().DailyUnits.Should().Equal(3m, 3m);
        histories.Single().CurrentStock.Should().Be(4m);
    }

    [Fact]
    public void FromDailyCube_WrongCube_Throws()
    {
        FactCube monthly = FactAggregation.FromRows(TestSupport.Fixtures.ReadRows("retail_small.csv"), ReportingCalendars.Gregorian, PeriodGrain.Month);
        FactCube noSku = DailyCube(true, GapRows).RollUp("store");
        var schema = new FactSchema(["sku"], [StandardMeasures.Revenue]);
        FactCube noUnits = FactAggregation.FromRows(new InMemoryFactRowSource(schema, [new FactRow(new LocalDate(2024, 1, 1), ["A"], [1m])]), ReportingCalendars.Gregorian, PeriodGrain.Day);

        ((Action)(() => InventoryPolicy.FromDailyCube(monthly, Options))).Should().Throw<ArgumentException>().WithMessage("*grain is month, not day*");
        ((Action)(() => InventoryPolicy.FromDailyCube(noSku, Options))).Should().Throw<ArgumentException>().WithMessage("*without sku*");
        ((Action)(() => InventoryPolicy.FromDailyCube(noUnits, Options))).Should().Throw<ArgumentException>().WithMessage("*units_sold*");
    }
}
