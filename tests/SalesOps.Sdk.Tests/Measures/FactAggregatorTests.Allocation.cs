using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

/// <summary>Streaming rows into cells that already exist allocates nothing, whatever the order of the rows.</summary>
public partial class FactAggregatorTests
{
    [Theory]
    [InlineData(PeriodGrain.Week, false)]
    [InlineData(PeriodGrain.Week, true)]
    [InlineData(PeriodGrain.Month, false)]
    [InlineData(PeriodGrain.Month, true)]
    [InlineData(PeriodGrain.Quarter, true)]
    [InlineData(PeriodGrain.Year, true)]
    [InlineData(PeriodGrain.Day, false)]
    [InlineData(PeriodGrain.Day, true)]
    public void WriteScaledRow_RowsForExistingCells_AllocateNothing(PeriodGrain grain, bool shuffled)
    {
        List<ScaledRow> rows = RandomRows(20_000, 77);
        if (!shuffled)
        {
            rows = [.. rows.OrderBy(r => r.Date)];
        }

        var aggregator = new FactAggregator(LawSchema, Gregorian, grain);
        int[][] codes = [.. rows.Select(r => new[] { aggregator.EncodeDimension(0, r.Sku), aggregator.EncodeDimension(1, r.Store) })];
        LocalDate[] dates = [.. rows.Select(r => r.Date)];
        long[][] values = [.. rows.Select(r => r.Values)];
        for (int i = 0; i < rows.Count; i++)
        {
            aggregator.WriteScaledRow(dates[i], codes[i], values[i]);
        }

        // Steady state: a per-row allocation would show in every pass; a one-off runtime allocation (e.g. a method
        // tiering up under load) shows in at most one, so the cleanest of three passes must be exactly zero.
        long allocated = long.MaxValue;
        for (int pass = 0; pass < 3; pass++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < rows.Count; i++)
            {
                aggregator.WriteScaledRow(dates[i], codes[i], values[i]);
            }

            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        allocated.Should().Be(0, $"{rows.Count} rows for existing {grain} cells should not allocate");
    }
}
