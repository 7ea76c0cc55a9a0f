using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

public class FactCellTests
{
    private static readonly FactSchema StockSchema = new(
        ["store"],
        [StandardMeasures.UnitsSold, StandardMeasures.OnHandValue, StandardMeasures.Stockout, LowStock, PeakStock]);

    private static readonly LocalDate Day1 = new(2024, 3, 4);
    private static readonly LocalDate Day2 = new(2024, 3, 5);
    private static readonly LocalDate Day3 = new(2024, 3, 6);

    /// <summary>
    /// Two stores over three dates; store B has no row on day 2. On-hand value (and the min/max stocks):
    /// A = 100, 120, 90; B = 50, —, 70. Per-date totals: 150, 120, 160.
    /// </summary>
    private static FactCube TwoStoresThreeDates() => FromRows(
        StockSchema,
        PeriodGrain.Month,
        [
            Row(Day1, ["A"], 1m, 100m, 0m, 100m, 100m),
            Row(Day2, ["A"], 2m, 120m, 0m, 120m, 120m),
            Row(Day3, ["A"], 3m, 90m, 1m, 90m, 90m),
            Row(Day1, ["B"], 4m, 50m, 1m, 50m, 50m),
            Row(Day3, ["B"], 5m, 70m, 0m, 70m, 70m),
        ]);

    private static FactCell TotalCell(FactCube cube) => cube.Total().Cells.Should().ContainSingle().Subject;

    private static FactCell StoreCell(FactCube cube, string store) =>
        cube.Cells.Single(c => c.Segment["store"] == store);

    [Fact]
    public void GetValue_AverageStockOverTwoStores_IsMeanOverDatesOfPerDateTotals()
    {
        FactCell total = TotalCell(TwoStoresThreeDates());

        // (150 + 120 + 160) / 3; summing per-store averages would give 310/3 + 60 = 163.33.
        total.GetValue("on_hand_value").Should().Be(430m / 3m);
        total.GetValue("on_hand_value", TimeAggregation.Average).Should().Be(430m / 3m);
        total.DateCount.Should().Be(3);
    }

    [Fact]
    public void GetValue_AverageStockOfOneStore_AveragesOverItsOwnDates()
    {
        FactCube cube = TwoStoresThreeDates();

        StoreCell(cube, "A").GetValue("on_hand_value").Should().Be(310m / 3m);
        StoreCell(cube, "B").GetValue("on_hand_value").Should().Be(60m);
        StoreCell(cube, "B").DateCount.Should().Be(2);
    }

    [Fact]
    public void GetValue_AverageStockOnDateWithOneStore_CountsThatDateWithItsPartialTotal()
    {
        FactCube cube = FromRows(
            StockSchema,
            PeriodGrain.Month,
            [
                Row(Day1, ["A"], 0m, 10m, 0m, 10m, 10m),
                Row(Day1, ["B"], 0m, 30m, 0m, 30m, 30m),
                Row(Day2, ["B"], 0m, 20m, 0m, 20m, 20m),
            ]);

        // Per-date totals 40 and 20.
        TotalCell(cube).GetValue("on_hand_value").Should().Be(30m);
    }

    [Fact]
    public void GetValue_LastOfStock_IsTotalOnTheLastDateWithRows()
    {
        FactCell total = TotalCell(TwoStoresThreeDates());

        total.GetValue("on_hand_value", TimeAggregation.Last).Should().Be(160m);
        total.LastDate.Should().Be(Day3);
    }

    [Fact]
    public void GetValue_LastWhenASegmentIsMissingOnTheLastDate_ThatSegmentDoesNotContribute()
    {
        FactCube cube = FromRows(
            StockSchema,
            PeriodGrain.Month,
            [
                Row(Day1, ["A"], 0m, 100m, 0m, 0m, 0m),
                Row(Day2, ["A"], 0m, 120m, 0m, 0m, 0m),
                Row(Day3, ["A"], 0m, 90m, 0m, 0m, 0m),
                Row(Day1, ["B"], 0m, 50m, 0m, 0m, 0m),
                Row(Day2, ["B"], 0m, 40m, 0m, 0m, 0m),
            ]);

        // B's own last value (40, on day 2) is not ending stock of the period: only day 3 counts.
        TotalCell(cube).GetValue("on_hand_value", TimeAggregation.Last).Should().Be(90m);
        StoreCell(cube, "B").GetValue("on_hand_value", TimeAggregation.Last).Should().Be(40m);
        StoreCell(cube, "B").LastDate.Should().Be(Day2);
    }

    [Fact]
    public void GetValue_FirstOfStock_IsTotalOnTheFirstDateWithRows()
    {
        FactCube cube = FromRows(
            StockSchema,
            PeriodGrain.Month,
            [
                Row(Day3, ["A"], 0m, 90m, 0m, 0m, 0m),
                Row(Day2, ["B"], 0m, 40m, 0m, 0m, 0m),
                Row(Day2, ["A"], 0m, 120m, 0m, 0m, 0m),
                Row(Day3, ["B"], 0m, 5m, 0m, 0m, 0m),
            ]);

        FactCell total = TotalCell(cube);
        total.GetValue("on_hand_value", TimeAggregation.First).Should().Be(160m);
        total.FirstDate.Should().Be(Day2);
        StoreCell(cube, "A").GetValue("on_hand_value", TimeAggregation.First).Should().Be(120m);
    }

    [Fact]
    public void GetValue_MeasureDeclaredFirstOrLast_UsesItsOwnRule()
    {
        var schema = new FactSchema(["store"], [StandardMeasures.CustomersStart, StandardMeasures.CustomersEnd]);
        FactCube cube = FromRows(
            schema,
            PeriodGrain.Month,
            [
                Row(Day1, ["A"], 10m, 11m),
                Row(Day2, ["A"], 11m, 14m),
                Row(Day1, ["B"], 5m, 6m),
                Row(Day2, ["B"], 6m, 6m),
            ]);

        FactCell total = TotalCell(cube);
        total.GetValue("customers_start").Should().Be(15m);
        total.GetValue("customers_end").Should().Be(20m);
    }

    [Fact]
    public void GetValue_MinAndMaxStock_AreExtremesOfPerDateTotals()
    {
        FactCell total = TotalCell(TwoStoresThreeDates());

        // Per-date totals 150, 120 (only A has a row), 160.
        total.GetValue("low_stock").Should().Be(120m);
        total.GetValue("peak_stock").Should().Be(160m);
        total.GetValue("low_stock", TimeAggregation.Min).Should().Be(120m);
    }

    [Fact]
    public void GetValue_MinAndMaxOfOneStore_UseItsOwnDates()
    {
        FactCube cube = TwoStoresThreeDates();

        StoreCell(cube, "A").GetValue("low_stock").Should().Be(90m);
        StoreCell(cube, "A").GetValue("peak_stock").Should().Be(120m);
        StoreCell(cube, "B").GetValue("low_stock").Should().Be(50m);
        StoreCell(cube, "B").GetValue("peak_stock").Should().Be(70m);
    }

    [Fact]
    public void GetValue_MinOfMeasureNotDeclaredMin_ThrowsInvalidOperation()
    {
        FactCell total = TotalCell(TwoStoresThreeDates());

        Action min = () => total.GetValue("on_hand_value", TimeAggregation.Min);
        Action max = () => total.GetValue("low_stock", TimeAggregation.Max);

        min.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("on_hand_value");
        max.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("low_stock");
    }

    [Theory]
    [InlineData("units_sold", TimeAggregation.First)]
    [InlineData("units_sold", TimeAggregation.Last)]
    [InlineData("stockout", TimeAggregation.Last)]
    [InlineData("row_count", TimeAggregation.First)]
    public void GetValue_FirstOrLastOfAFlow_ThrowsInsteadOfAnsweringZero(string measureId, TimeAggregation aggregation)
    {
        // Units sold on the last date are 3 + 5, not 0: the per-date state of flows is not kept, so there is no answer.
        FactCell total = TotalCell(TwoStoresThreeDates());

        Action act = () => total.GetValue(measureId, aggregation);

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain(measureId).And.Contain(aggregation.ToString());
    }

    [Fact]
    public void GetValue_SumOfStock_IsSumOverAllRows()
    {
        TotalCell(TwoStoresThreeDates()).GetValue("on_hand_value", TimeAggregation.Sum).Should().Be(430m);
    }

    [Fact]
    public void GetValue_FlowAndFlag_AreSumsOverRows()
    {
        FactCell total = TotalCell(TwoStoresThreeDates());

        total.GetValue("units_sold").Should().Be(15m);
        total.GetValue("stockout").Should().Be(2m);
        total.GetValue("units_sold", TimeAggregation.Average).Should().Be(5m);
    }

    [Fact]
    public void GetValue_UnknownMeasure_IsNull()
    {
        FactCell total = TotalCell(TwoStoresThreeDates());

        total.GetValue("revenue").Should().BeNull();
        total.GetValue("revenue", TimeAggregation.Last).Should().BeNull();
        total.HasMeasure("revenue").Should().BeFalse();
        total.HasMeasure("row_count").Should().BeTrue();
    }

    [Fact]
    public void RowCountAndDateCount_TwoStoresThreeDates_CountRowsAndDistinctDates()
    {
        FactCube cube = TwoStoresThreeDates();
        FactCell total = TotalCell(cube);

        total.RowCount.Should().Be(5);
        total.GetValue("row_count").Should().Be(5m);
        total.DateCount.Should().Be(3);
        total.FirstDate.Should().Be(Day1);
        total.LastDate.Should().Be(Day3);
        StoreCell(cube, "A").RowCount.Should().Be(3);
        StoreCell(cube, "B").RowCount.Should().Be(2);
    }

    [Fact]
    public void DateCount_SeveralRowsOnOneDate_CountsTheDateOnce()
    {
        FactCube cube = FromRows(
            StockSchema,
            PeriodGrain.Week,
            [
                Row(Day1, ["A"], 1m, 1m, 0m, 1m, 1m),
                Row(Day1, ["A"], 1m, 2m, 0m, 1m, 1m),
                Row(Day1, ["A"], 1m, 3m, 0m, 1m, 1m),
            ]);

        FactCell cell = cube.Cells.Single();
        cell.RowCount.Should().Be(3);
        cell.DateCount.Should().Be(1);
        cell.GetValue("on_hand_value").Should().Be(6m);
        cell.GetValue("low_stock").Should().Be(3m);
    }

    [Fact]
    public void GetValue_StocksAcrossPeriods_EachPeriodUsesOnlyItsOwnDates()
    {
        FactCube cube = FromRows(
            StockSchema,
            PeriodGrain.Month,
            [
                Row(new LocalDate(2024, 1, 31), ["A"], 0m, 10m, 0m, 10m, 10m),
                Row(new LocalDate(2024, 2, 1), ["A"], 0m, 30m, 0m, 30m, 30m),
                Row(new LocalDate(2024, 2, 29), ["A"], 0m, 50m, 0m, 50m, 50m),
            ]);

        cube.Periods.Select(p => p.Label).Should().Equal("2024-01", "2024-02");
        FactCell february = cube.Cells.Single(c => c.Period.Label == "2024-02");
        february.GetValue("on_hand_value").Should().Be(40m);
        february.GetValue("on_hand_value", TimeAggregation.First).Should().Be(30m);
        february.GetValue("on_hand_value", TimeAggregation.Last).Should().Be(50m);
        february.GetValue("low_stock").Should().Be(30m);
        february.DateCount.Should().Be(2);
    }

    [Fact]
    public void GetValue_ForecastError_IsSumOfRowErrorsNotErrorOfSums()
    {
        var schema = new FactSchema(["store"], [StandardMeasures.UnitsSold, StandardMeasures.ForecastUnits]);
        FactCube cube = FromRows(
            schema,
            PeriodGrain.Month,
            [
                Row(Day1, ["A"], 7m, 10m),
                Row(Day1, ["B"], 6m, 3m),
                Row(Day2, ["A"], 4m, 4m),
                Row(Day3, ["B"], 0m, 2.5m),
            ]);

        FactCell total = TotalCell(cube);

        // Σ|f − s| = 3 + 3 + 0 + 2.5; |Σf − Σs| = |19.5 − 17| = 2.5.
        total.GetValue("forecast_abs_error").Should().Be(8.5m);
        StoreCell(cube, "A").GetValue("forecast_abs_error").Should().Be(3m);
        StoreCell(cube, "B").GetValue("forecast_abs_error").Should().Be(5.5m);
    }
}
