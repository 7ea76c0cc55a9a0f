using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

/// <summary>
/// Rows find their cell through per-period tables indexed by the segment's codes where the data is dense enough,
/// through the hashed index elsewhere; every path gives the cells a naive computation gives.
/// </summary>
public partial class FactAggregatorTests
{
    private static readonly FactSchema SkuOnlySchema = new(["sku"], LawSchema.Measures);

    private static readonly FactSchema ThreeDimensionSchema = new(["sku", "store", "channel"], LawSchema.Measures);

    [Theory]
    [InlineData(PeriodGrain.Day, true)]
    [InlineData(PeriodGrain.Month, true)]
    [InlineData(PeriodGrain.Month, false)]
    [InlineData(PeriodGrain.Year, false)]
    public void ToCube_OneDimensionManyCodesInDateOrder_EqualsNaiveReference(PeriodGrain grain, bool encodeUpFront)
    {
        // Every SKU on every day, in date order (as a daily extract arrives); the codes encoded before the rows, or
        // as the rows first name them.
        List<(ScaledRow Row, string[] Dimensions)> rows = [];
        for (int day = 0; day < 40; day++)
        {
            for (int sku = 0; sku < 700; sku++)
            {
                ScaledRow row = RandomRows(1, (day * 1_000) + sku)[0] with { Date = WindowStart.PlusDays(day), Sku = $"sku-{sku:D4}" };
                rows.Add((row, [row.Sku]));
            }
        }

        var aggregator = new FactAggregator(SkuOnlySchema, Gregorian, grain);
        if (encodeUpFront)
        {
            for (int sku = 0; sku < 700; sku++)
            {
                aggregator.EncodeDimension(0, $"sku-{sku:D4}");
            }
        }

        FactCube cube = Write(aggregator, rows);

        MatchesReference(rows, cube).Should().BeTrue();
        aggregator.SlotTableEntries.Should().BeGreaterThan(0, "dense codes are found through the tables");
        if (encodeUpFront)
        {
            aggregator.HashedSlots.Should().Be(0, "every period's first row starts a complete table: no cell is ever hashed");
        }
    }

    [Fact]
    public void ToCube_SparseCodesOverManyPeriods_EqualsNaiveReferenceWithinTheMemoryBound()
    {
        // 300,000 codes, of which a few hundred have rows on each day: a daily table indexed by every code would be
        // far larger than the cells, so the rows are found through the hashed index until there are enough cells
        // (tables then hold part of a period, the rest is looked up by hash).
        var aggregator = new FactAggregator(SkuOnlySchema, Gregorian, PeriodGrain.Day);
        const int codes = 300_000;
        for (int sku = 0; sku < codes; sku++)
        {
            aggregator.EncodeDimension(0, $"sku-{sku}");
        }

        var random = new Random(23);
        List<(ScaledRow Row, string[] Dimensions)> rows = [];
        for (int day = 0; day < 60; day++)
        {
            for (int i = 0; i < 400; i++)
            {
                // Each SKU twice on its day, the second time after other SKUs, so that existing cells are looked up.
                string sku = $"sku-{random.Next(codes)}";
                ScaledRow row = RandomRows(1, (day * 1_000) + i)[0] with { Date = WindowStart.PlusDays(day), Sku = sku };
                rows.Add((row, [sku]));
                if (i >= 10)
                {
                    var earlier = rows[^11];
                    rows.Add((earlier.Row with { Values = [.. row.Values] }, earlier.Dimensions));
                }
            }
        }

        FactCube cube = Write(aggregator, rows);

        MatchesReference(rows, cube).Should().BeTrue();
        int blockLongs = 2 + aggregator.Layout.StateLength;
        aggregator.SlotTableEntries.Should().BeGreaterThan(0, "once there are enough cells, periods get tables");
        aggregator.SlotTableEntries.Should().BeLessThanOrEqualTo(
            Math.Max(SegmentSlotTables.MinimumBudget, (long)blockLongs * cube.Cells.Length),
            "the tables hold at most one entry per long of cell state");
    }

    [Fact]
    public void ToCube_CodesOutgrowingTheTableLayout_FindTheCellsCreatedBefore()
    {
        // Two codes per dimension, then the SKUs grow past two bits (the tables are laid out anew, dropping the old
        // ones) while rows keep coming for the segments of the first period: they must find their existing cells.
        List<(ScaledRow Row, string[] Dimensions)> rows = [];
        var random = new Random(31);
        for (int round = 0; round < 6; round++)
        {
            int skus = 2 << round;
            for (int day = 0; day < 3; day++)
            {
                for (int sku = 0; sku < skus; sku++)
                {
                    string[] dimensions = [$"sku-{sku}", $"store-{random.Next(2)}", $"channel-{random.Next(1 + round)}"];
                    ScaledRow row = RandomRows(1, random.Next())[0] with { Date = WindowStart.PlusDays(day + (round % 2 * 40)), Sku = dimensions[0], Store = dimensions[1] };
                    rows.Add((row, dimensions));
                }
            }
        }

        var aggregator = new FactAggregator(ThreeDimensionSchema, Gregorian, PeriodGrain.Month);

        FactCube cube = Write(aggregator, rows);

        MatchesReference(rows, cube).Should().BeTrue();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void WriteScaledRow_CodeNotFromEncodeDimension_ThrowsFactDataException(int code)
    {
        var aggregator = new FactAggregator(LawSchema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A"), aggregator.EncodeDimension(1, "S1")];
        aggregator.EncodeDimension(1, "S2");
        long[] values = [.. RandomRows(1, 3)[0].Values];
        aggregator.WriteScaledRow(WindowStart, codes, values);

        Action act = () => aggregator.WriteScaledRow(WindowStart, [codes[0], code], values);

        act.Should().Throw<FactDataException>().WithMessage($"column store: '{code}' is not a code from EncodeDimension");
        aggregator.RowCount.Should().Be(1);
        aggregator.ToCube().Cells.Single().RowCount.Should().Be(1);
    }

    private static FactCube Write(FactAggregator aggregator, List<(ScaledRow Row, string[] Dimensions)> rows)
    {
        int[] codes = new int[aggregator.Schema.Dimensions.Length];
        foreach ((ScaledRow row, string[] dimensions) in rows)
        {
            for (int d = 0; d < codes.Length; d++)
            {
                codes[d] = aggregator.EncodeDimension(d, dimensions[d]);
            }

            aggregator.WriteScaledRow(row.Date, codes, row.Values);
        }

        return aggregator.ToCube();
    }

    private static bool MatchesReference(List<(ScaledRow Row, string[] Dimensions)> rows, FactCube cube)
    {
        var expectedCells = rows
            .GroupBy(r => (Period: Gregorian.GetPeriod(r.Row.Date, cube.Grain), Segment: string.Join("|", r.Dimensions)))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Row).ToList());
        return expectedCells.Count == cube.Cells.Length
            && cube.Cells.All(cell =>
                expectedCells.TryGetValue((cell.Period, string.Join("|", cell.Segment.Values)), out List<ScaledRow>? inCell)
                && MatchesReference(inCell, cell));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(8, 0)]
    [InlineData(11, 10)]
    [InlineData(11, 5)]
    [InlineData(16, 15)]
    [InlineData(17, 16)]
    [InlineData(40, 33)]
    public void WriteScaledRow_SumThatOverflowsAnyMeasureCount_ThrowsAndLeavesTheRowOut(int measures, int overflowing)
    {
        // The sums are added several at a time, in a way that depends on the number of measures: every way detects
        // the overflow of any one sum before adding anything.
        var schema = new FactSchema(["sku"], Enumerable.Range(0, measures).Select(i => MeasureDefinition.Flow($"m{i}", $"M{i}", MeasureUnit.Count)));
        var aggregator = new FactAggregator(schema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A")];
        long[] first = [.. Enumerable.Range(0, measures).Select(i => (i + 1) * FactValue.Scale)];
        first[overflowing] = long.MaxValue - 5;
        aggregator.WriteScaledRow(WindowStart, codes, first);
        long[] second = [.. Enumerable.Range(0, measures).Select(i => (long)i)];
        second[overflowing] = 10;

        Action act = () => aggregator.WriteScaledRow(WindowStart, codes, second);

        act.Should().Throw<OverflowException>();
        FactCell cell = aggregator.ToCube().Cells.Single();
        cell.RowCount.Should().Be(1);
        for (int i = 0; i < measures; i++)
        {
            cell.GetValue($"m{i}").Should().Be(FactValue.FromScaled(first[i]), $"m{i} keeps the first row only");
        }
    }
}
