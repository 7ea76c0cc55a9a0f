using FsCheck.Xunit;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

/// <summary>
/// The aggregator's packed per-cell state gives, for every cell and measure, what a naive computation over the rows
/// of that cell gives: flows summed, stocks per date then averaged, first, last, min and max, the derived forecast
/// error and MAPE terms, the dates.
/// </summary>
public partial class FactAggregatorTests
{
    [Property(MaxTest = 100, Arbitrary = [typeof(FactArbitraries)])]
    public bool ToCube_EveryCellAndMeasure_EqualsNaiveReference(RowSet rows) =>
        LawGrains.All(grain => MatchesReference(rows.Rows, Aggregate(rows.Rows, grain)));

    [Theory]
    [InlineData(PeriodGrain.Day)]
    [InlineData(PeriodGrain.Week)]
    [InlineData(PeriodGrain.Month)]
    [InlineData(PeriodGrain.Quarter)]
    [InlineData(PeriodGrain.Year)]
    public void ToCube_ManyRowsInDateOrder_EqualsNaiveReference(PeriodGrain grain)
    {
        // Date order, as a daily extract arrives: every segment of a day, then the next day.
        List<ScaledRow> rows = [.. RandomRows(5_000, 11).OrderBy(r => r.Date)];

        FactCube cube = Aggregate(rows, grain);

        MatchesReference(rows, cube).Should().BeTrue();
        cube.Cells.Length.Should().Be(rows.Select(r => (Gregorian.GetPeriod(r.Date, grain).Start, r.Sku, r.Store)).Distinct().Count());
    }

    [Fact]
    public void ToCube_SegmentsOfManyCodesInterleaved_EqualsNaiveReference()
    {
        // More codes than the first sizes of the segment cache, and stores interleaved so that one SKU's rows
        // alternate between cells.
        var random = new Random(5);
        var rows = new List<ScaledRow>();
        for (int day = 0; day < 70; day++)
        {
            for (int store = 0; store < 3; store++)
            {
                for (int sku = 0; sku < 300; sku += 1 + random.Next(3))
                {
                    long[] values = [.. RandomRows(1, (day * 1_000) + (store * 300) + sku)[0].Values];
                    rows.Add(new ScaledRow(WindowStart.PlusDays(day), $"sku-{sku}", $"store-{(sku + store) % 7}", values));
                }
            }
        }

        FactCube cube = Aggregate(rows, PeriodGrain.Month);

        MatchesReference(rows, cube).Should().BeTrue();
    }

    [Fact]
    public void WriteScaledRow_SumThatOverflows_ThrowsAndLeavesTheRowOut()
    {
        var aggregator = new FactAggregator(LawSchema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A"), aggregator.EncodeDimension(1, "S1")];
        long[] first = [.. RandomRows(1, 3)[0].Values];
        first[1] = long.MaxValue - 5; // revenue
        aggregator.WriteScaledRow(WindowStart, codes, first);
        long[] second = [.. first];
        second[1] = 10;

        Action act = () => aggregator.WriteScaledRow(WindowStart, codes, second);

        act.Should().Throw<OverflowException>();
        FactCell cell = aggregator.ToCube().Cells.Single();
        cell.GetValue("revenue").Should().Be(FactValue.FromScaled(long.MaxValue - 5));
        cell.GetValue("units_sold").Should().Be(FactValue.FromScaled(first[0]));
        cell.RowCount.Should().Be(1);
    }

    [Fact]
    public void ScaledRatio_AcrossTheRange_EqualsTheWideComputation()
    {
        var random = new Random(17);
        long[] interesting = [0, 1, 2, 3, 5, 9_999, 10_000, 10_001, 15_000, 20_000, 25_000, 40_000, long.MaxValue / FactValue.Scale, (long.MaxValue / FactValue.Scale) + 1, long.MaxValue];
        var pairs = new List<(long Numerator, long Denominator)>();
        foreach (long n in interesting)
        {
            foreach (long d in interesting.Where(d => d > 0))
            {
                pairs.Add((n, d));
            }
        }

        for (int i = 0; i < 20_000; i++)
        {
            long n = random.NextInt64(0, i % 2 == 0 ? 1_000_000 : long.MaxValue);
            long d = random.NextInt64(1, i % 3 == 0 ? 1_000 : long.MaxValue);
            pairs.Add((n, d));
        }

        // Exact halves round to even: 0.5 → 0, 1.5 → 2, 2.5 → 2 (in units of 1 / Scale).
        FactAggregator.ScaledRatio(1, 20_000).Should().Be(0);
        FactAggregator.ScaledRatio(3, 20_000).Should().Be(2);
        FactAggregator.ScaledRatio(5, 20_000).Should().Be(2);

        foreach ((long n, long d) in pairs)
        {
            long expected;
            try
            {
                expected = FactAggregator.WideScaledRatio(n, d);
            }
            catch (OverflowException)
            {
                continue; // beyond the scaled range either way
            }

            FactAggregator.ScaledRatio(n, d).Should().Be(expected, $"{n} / {d}");
        }
    }

    private static bool MatchesReference(IReadOnlyList<ScaledRow> rows, FactCube cube)
    {
        var expectedCells = rows
            .GroupBy(r => (Period: Gregorian.GetPeriod(r.Date, cube.Grain), r.Sku, r.Store))
            .ToDictionary(g => g.Key, g => g.ToList());
        if (expectedCells.Count != cube.Cells.Length)
        {
            return false;
        }

        foreach (FactCell cell in cube.Cells)
        {
            if (!expectedCells.TryGetValue((cell.Period, cell.Segment["sku"], cell.Segment["store"]), out List<ScaledRow>? inCell)
                || !MatchesReference(inCell, cell))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesReference(List<ScaledRow> rows, FactCell cell)
    {
        var dates = rows.Select(r => r.Date).Distinct().Order().ToList();
        long[] PerDate(int measure) => [.. dates.Select(d => rows.Where(r => r.Date == d).Sum(r => r.Values[measure]))];
        decimal Sum(int measure) => FactValue.FromScaled(rows.Sum(r => r.Values[measure]));
        decimal ape = rows
            .Where(r => r.Values[0] > 0)
            .Sum(r => Math.Round((decimal)Math.Abs(r.Values[5] - r.Values[0]) / r.Values[0], FactValue.DecimalPlaces, MidpointRounding.ToEven));
        return cell.RowCount == rows.Count
            && cell.DateCount == dates.Count
            && cell.FirstDate == dates[0]
            && cell.LastDate == dates[^1]
            && cell.GetValue("units_sold") == Sum(0)
            && cell.GetValue("revenue") == Sum(1)
            && cell.GetValue("on_hand_units") == FactValue.FromScaled(PerDate(2).Sum()) / dates.Count
            && cell.GetValue("on_hand_units", TimeAggregation.First) == FactValue.FromScaled(PerDate(2)[0])
            && cell.GetValue("on_hand_units", TimeAggregation.Last) == FactValue.FromScaled(PerDate(2)[^1])
            && cell.GetValue("on_hand_value") == FactValue.FromScaled(PerDate(3).Sum()) / dates.Count
            && cell.GetValue("on_hand_value", TimeAggregation.Last) == FactValue.FromScaled(PerDate(3)[^1])
            && cell.GetValue("stockout") == Sum(4)
            && cell.GetValue("forecast_units") == Sum(5)
            && cell.GetValue("customers_start") == FactValue.FromScaled(PerDate(6)[0])
            && cell.GetValue("customers_end") == FactValue.FromScaled(PerDate(7)[^1])
            && cell.GetValue("customers_end", TimeAggregation.First) == FactValue.FromScaled(PerDate(7)[0])
            && cell.GetValue("low_stock") == FactValue.FromScaled(PerDate(8).Min())
            && cell.GetValue("peak_stock") == FactValue.FromScaled(PerDate(9).Max())
            && cell.GetValue("row_count") == rows.Count
            && cell.GetValue("forecast_abs_error") == FactValue.FromScaled(rows.Sum(r => Math.Abs(r.Values[5] - r.Values[0])))
            && cell.GetValue(StandardMeasures.ApeSum.Id) == ape
            && cell.GetValue(StandardMeasures.ApeRows.Id) == rows.Count(r => r.Values[0] > 0);
    }
}
