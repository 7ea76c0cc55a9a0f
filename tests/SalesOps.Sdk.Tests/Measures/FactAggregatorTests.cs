using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

public partial class FactAggregatorTests
{
    private static readonly FactSchema SalesSchema = new(
        ["sku", "store"],
        [StandardMeasures.UnitsSold, StandardMeasures.Revenue, StandardMeasures.OnHandValue, StandardMeasures.Stockout]);

    [Fact]
    public void WriteScaledRow_MillionRowsOfTenAndTwentyCents_TotalRevenueIsExact()
    {
        const int rows = 1_000_000;
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);
        int[][] codes = [.. Enumerable.Range(0, 20).Select(i => new[]
        {
            aggregator.EncodeDimension(0, "SKU-" + (i % 10)),
            aggregator.EncodeDimension(1, "S" + (i / 10)),
        })];
        long[] tenCents = [1 * FactValue.Scale, 1_000, 50 * FactValue.Scale, 0];
        long[] twentyCents = [2 * FactValue.Scale, 2_000, 50 * FactValue.Scale, FactValue.Scale];
        var start = new LocalDate(2024, 1, 1);

        for (int i = 0; i < rows; i++)
        {
            aggregator.WriteScaledRow(start.PlusDays(i / 2_740), codes[i % 20], i % 2 == 0 ? tenCents : twentyCents);
        }

        FactCube cube = aggregator.ToCube();
        FactCube total = cube.Total();
        aggregator.RowCount.Should().Be(rows);
        total.Periods.Should().HaveCount(12);
        total.Cells.Sum(c => c.GetValue("revenue")!.Value).Should().Be(150_000.00m);
        total.Cells.Sum(c => c.GetValue("units_sold")!.Value).Should().Be(1_500_000m);
        total.Cells.Sum(c => c.GetValue("stockout")!.Value).Should().Be(rows / 2);
        total.Cells.Sum(c => c.RowCount).Should().Be(rows);
        cube.Cells.Sum(c => c.GetValue("revenue")!.Value).Should().Be(150_000.00m);
    }

    [Fact]
    public void WriteRow_DecimalRowsOfTenAndTwentyCents_TotalRevenueIsExact()
    {
        const int rows = 200_000;
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "SKU-1"), aggregator.EncodeDimension(1, "S1")];
        decimal[] tenCents = [1m, 0.10m, 12.5m, 0m];
        decimal[] twentyCents = [1m, 0.20m, 12.5m, 1m];

        for (int i = 0; i < rows; i++)
        {
            aggregator.WriteRow(new LocalDate(2024, 3, 1 + (i % 31)), codes, i % 2 == 0 ? tenCents : twentyCents);
        }

        FactCell cell = aggregator.ToCube().Cells.Should().ContainSingle().Subject;
        cell.GetValue("revenue").Should().Be(30_000.00m);
        cell.GetValue("units_sold").Should().Be(rows);
        cell.RowCount.Should().Be(rows);
        cell.DateCount.Should().Be(31);
        cell.GetValue("on_hand_value").Should().Be(rows * 12.5m / 31);
    }

    [Fact]
    public void WriteRow_ValueWithFiveDecimals_ThrowsFactDataExceptionNamingColumnAndValue()
    {
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A"), aggregator.EncodeDimension(1, "S1")];

        Action act = () => aggregator.WriteRow(new LocalDate(2024, 1, 1), codes, [1m, 0.12345m, 0m, 0m]);

        FactDataException ex = act.Should().Throw<FactDataException>().Which;
        ex.Column.Should().Be("revenue");
        ex.Value.Should().Be("0.12345");
        aggregator.ToCube().IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void WriteScaledRow_StockoutFlagTwo_ThrowsFactDataExceptionNamingTheColumn()
    {
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A"), aggregator.EncodeDimension(1, "S1")];

        Action act = () => aggregator.WriteScaledRow(new LocalDate(2024, 1, 1), codes, [0, 0, 0, 2 * FactValue.Scale]);

        FactDataException ex = act.Should().Throw<FactDataException>().Which;
        ex.Column.Should().Be("stockout");
        ex.Value.Should().Be("2");
        ex.Message.Should().Contain("stockout").And.Contain("'2'");
    }

    [Theory]
    [InlineData(5_000L)]
    [InlineData(-10_000L)]
    public void WriteScaledRow_StockoutFlagNotZeroOrOne_IsRefused(long scaledFlag)
    {
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A"), aggregator.EncodeDimension(1, "S1")];

        Action act = () => aggregator.WriteScaledRow(new LocalDate(2024, 1, 1), codes, [0, 0, 0, scaledFlag]);

        act.Should().Throw<FactDataException>().Which.Column.Should().Be("stockout");
    }

    [Fact]
    public void WriteRow_NegativeUnitsSold_ThrowsFactDataExceptionNamingTheColumn()
    {
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A"), aggregator.EncodeDimension(1, "S1")];

        Action act = () => aggregator.WriteRow(new LocalDate(2024, 1, 1), codes, [-1m, 10m, 0m, 0m]);

        FactDataException ex = act.Should().Throw<FactDataException>().Which;
        ex.Column.Should().Be("units_sold");
        ex.Value.Should().Be("-1");
        ex.Problem.Should().Contain("negative");
    }

    [Fact]
    public void WriteRow_NegativeRevenue_IsAcceptedAsAReturn()
    {
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A"), aggregator.EncodeDimension(1, "S1")];

        aggregator.WriteRow(new LocalDate(2024, 1, 1), codes, [0m, 10m, 0m, 0m]);
        aggregator.WriteRow(new LocalDate(2024, 1, 2), codes, [0m, -2.5m, 0m, 0m]);

        aggregator.ToCube().Cells.Single().GetValue("revenue").Should().Be(7.5m);
    }

    [Fact]
    public void WriteScaledRow_NegativeStock_IsRefused()
    {
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A"), aggregator.EncodeDimension(1, "S1")];

        Action act = () => aggregator.WriteScaledRow(new LocalDate(2024, 1, 1), codes, [0, 0, -1, 0]);

        act.Should().Throw<FactDataException>().Which.Column.Should().Be("on_hand_value");
    }

    [Fact]
    public void WriteScaledRow_RefusedRows_LeaveTheCubeAndRowCountUnchanged()
    {
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);
        int a = aggregator.EncodeDimension(0, "A");
        int s1 = aggregator.EncodeDimension(1, "S1");
        aggregator.WriteScaledRow(new LocalDate(2024, 1, 10), [a, s1], [3 * FactValue.Scale, 12_5000, 40 * FactValue.Scale, 0]);
        aggregator.WriteScaledRow(new LocalDate(2024, 1, 20), [a, s1], [1 * FactValue.Scale, 2_5000, 30 * FactValue.Scale, FactValue.Scale]);
        FactCube before = aggregator.ToCube();
        int b = aggregator.EncodeDimension(0, "B");

        // The invalid value comes last, after values that would already have been summed if validation were interleaved;
        // the rows hit the existing cell on its first, last and a new date, and a new cell in a new period.
        var refused = new List<Action>
        {
            () => aggregator.WriteScaledRow(new LocalDate(2024, 1, 10), [a, s1], [5 * FactValue.Scale, 1_0000, 9 * FactValue.Scale, 2 * FactValue.Scale]),
            () => aggregator.WriteScaledRow(new LocalDate(2024, 1, 20), [a, s1], [5 * FactValue.Scale, 1_0000, 9 * FactValue.Scale, 3]),
            () => aggregator.WriteScaledRow(new LocalDate(2024, 1, 31), [a, s1], [5 * FactValue.Scale, 1_0000, -9, 0]),
            () => aggregator.WriteScaledRow(new LocalDate(2024, 1, 1), [a, s1], [-5 * FactValue.Scale, 1_0000, 9, 0]),
            () => aggregator.WriteScaledRow(new LocalDate(2024, 2, 1), [b, s1], [5 * FactValue.Scale, 1_0000, 9 * FactValue.Scale, -FactValue.Scale]),
            () => aggregator.WriteScaledRow(new LocalDate(2024, 2, 1), [a, 7], [5 * FactValue.Scale, 1_0000, 9 * FactValue.Scale, 0]),
            () => aggregator.WriteScaledRow(new LocalDate(2024, 2, 1), [a, s1], [5 * FactValue.Scale, 1_0000, 9 * FactValue.Scale]),
            () => aggregator.WriteScaledRow(new LocalDate(2024, 2, 1), [a], [5 * FactValue.Scale, 1_0000, 9 * FactValue.Scale, 0]),
            () => aggregator.WriteRow(new LocalDate(2024, 1, 20), [a, s1], [5m, 1m, 9m, 0.00001m]),
        };

        foreach (Action act in refused)
        {
            act.Should().Throw<FactDataException>();
        }

        FactCube after = aggregator.ToCube();
        after.Should().Be(before);
        after.Cells.Should().ContainSingle();
        aggregator.RowCount.Should().Be(2);
        FactCell cell = after.Cells[0];
        cell.GetValue("units_sold").Should().Be(4m);
        cell.GetValue("revenue").Should().Be(15m);
        cell.GetValue("on_hand_value").Should().Be(35m);
        cell.GetValue("on_hand_value", TimeAggregation.First).Should().Be(40m);
        cell.GetValue("on_hand_value", TimeAggregation.Last).Should().Be(30m);
        cell.DateCount.Should().Be(2);
    }

    [Fact]
    public void WriteScaledRow_FlowOnlySchema_TracksFirstAndLastDate()
    {
        var schema = new FactSchema(["store"], [StandardMeasures.Revenue]);
        var aggregator = new FactAggregator(schema, Gregorian, PeriodGrain.Month);
        int store = aggregator.EncodeDimension(0, "S1");
        aggregator.WriteScaledRow(new LocalDate(2024, 5, 20), [store], [1]);
        aggregator.WriteScaledRow(new LocalDate(2024, 5, 3), [store], [1]);
        aggregator.WriteScaledRow(new LocalDate(2024, 5, 11), [store], [1]);

        FactCell cell = aggregator.ToCube().Cells.Single();

        cell.FirstDate.Should().Be(new LocalDate(2024, 5, 3));
        cell.LastDate.Should().Be(new LocalDate(2024, 5, 20));
        cell.DateCount.Should().Be(3);
    }

    [Fact]
    public void WriteScaledRow_ForecastAndSales_DerivesAbsoluteErrorAtRowGrain()
    {
        var schema = new FactSchema(["store"], [StandardMeasures.ForecastUnits, StandardMeasures.UnitsSold]);
        var aggregator = new FactAggregator(schema, Gregorian, PeriodGrain.Month);
        int store = aggregator.EncodeDimension(0, "S1");
        var date = new LocalDate(2024, 4, 2);

        // Same date and segment: Σf = Σs = 13, so |Σf − Σs| would be 0; at row grain the error is 3 + 3.
        aggregator.WriteScaledRow(date, [store], [10 * FactValue.Scale, 7 * FactValue.Scale]);
        aggregator.WriteScaledRow(date, [store], [3 * FactValue.Scale, 6 * FactValue.Scale]);
        aggregator.WriteScaledRow(date.PlusDays(1), [store], [2_5000, 2_5000]);

        FactCube cube = aggregator.ToCube();
        cube.HasMeasure("forecast_abs_error").Should().BeTrue();
        cube.Measures.Select(m => m.Id).Should().Equal("forecast_units", "units_sold", "row_count", "forecast_abs_error", "ape_sum", "ape_rows");
        FactCell cell = cube.Cells.Single();
        cell.GetValue("forecast_abs_error").Should().Be(6m);

        // MAPE terms per row, rounded half to even to 4 places: 3/7 = 0.4286, 3/6 = 0.5, 0/2.5 = 0.
        cell.GetValue("ape_sum").Should().Be(0.9286m);
        cell.GetValue("ape_rows").Should().Be(3m);
        cell.GetValue("forecast_units").Should().Be(15.5m);
        cell.GetValue("units_sold").Should().Be(15.5m);
    }

    [Fact]
    public void ToCube_SchemaWithoutForecast_HasNoForecastErrorButHasRowCount()
    {
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);

        FactCube cube = aggregator.ToCube();

        cube.HasMeasure("forecast_abs_error").Should().BeFalse();
        cube.HasMeasure("row_count").Should().BeTrue();
        cube.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void ToCube_CalledTwice_ReturnsEqualSnapshotsAndKeepsAccepting()
    {
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A"), aggregator.EncodeDimension(1, "S1")];
        aggregator.WriteScaledRow(new LocalDate(2024, 1, 1), codes, [FactValue.Scale, FactValue.Scale, FactValue.Scale, 0]);

        FactCube first = aggregator.ToCube();
        aggregator.ToCube().Should().Be(first);
        aggregator.WriteScaledRow(new LocalDate(2024, 1, 2), codes, [FactValue.Scale, FactValue.Scale, FactValue.Scale, 0]);
        FactCube second = aggregator.ToCube();

        first.Cells.Single().RowCount.Should().Be(1);
        second.Cells.Single().RowCount.Should().Be(2);
        second.Should().NotBe(first);
    }

    [Fact]
    public void EncodeDimension_SameValue_GivesSameCodeForStringAndSpan()
    {
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);

        int code = aggregator.EncodeDimension(0, "SKU-1");

        aggregator.EncodeDimension(0, "SKU-1".AsSpan()).Should().Be(code);
        aggregator.EncodeDimension(0, "SKU-2").Should().NotBe(code);
        aggregator.EncodeDimension(1, "SKU-1").Should().Be(0);
    }

    [Fact]
    public void EncodeDimension_UnknownDimension_ThrowsArgumentOutOfRange()
    {
        var aggregator = new FactAggregator(SalesSchema, Gregorian, PeriodGrain.Month);

        Action act = () => aggregator.EncodeDimension(2, "x");

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
