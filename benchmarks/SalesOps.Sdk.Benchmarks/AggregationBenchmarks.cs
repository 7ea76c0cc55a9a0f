using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Benchmarks;

/// <summary>
/// Streams sku × store × day rows into a monthly <see cref="FactCube"/> through the allocation-free
/// <see cref="FactAggregator.WriteScaledRow"/> path.
/// </summary>
/// <remarks>
/// The data set is columnar and deterministic: 1,000 SKUs × 2 stores, dates over the whole of 2024 in date order,
/// the eleven input measures of DESIGN §5 as scaled values. Both row counts fill the same 12 months × 2,000 segments,
/// so the cube has the same 24,000 cells and the allocated bytes should be the same: memory grows with cells, not rows.
/// <see cref="StreamRowsIntoMonthlyCubeBySku"/> streams the same rows with the SKU as the only dimension (12,000 cells,
/// each SKU's two rows of a day in one cell), the shape of the side-by-side comparison.
/// </remarks>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private const int SkuCount = 1_000;
    private const int StoreCount = 2;
    private const int Segments = SkuCount * StoreCount;

    private static readonly FactSchema Schema = new(
        ["sku", "store"],
        [
            StandardMeasures.UnitsSold,
            StandardMeasures.Revenue,
            StandardMeasures.Cogs,
            StandardMeasures.OnHandUnits,
            StandardMeasures.OnHandValue,
            StandardMeasures.Stockout,
            StandardMeasures.ForecastUnits,
            StandardMeasures.OrderedUnits,
            StandardMeasures.ShippedUnits,
            StandardMeasures.PromoSpend,
            StandardMeasures.OperatingCost,
        ]);

    private static readonly FactSchema SkuSchema = new(["sku"], Schema.Measures);

    private static readonly int MeasureCount = Schema.Measures.Length;

    private string[] _skuNames = [];
    private string[] _storeNames = [];
    private LocalDate[] _dates = [];
    private int[] _skus = [];
    private int[] _stores = [];
    private long[] _values = [];

    /// <summary>The number of rows streamed per operation.</summary>
    [Params(1_000_000, 10_000_000)]
    public int Rows { get; set; }

    /// <summary>Builds the columnar data set.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240101);
        var firstDay = new LocalDate(2024, 1, 1);
        const int days = 366;
        long[] priceCents = [.. Enumerable.Range(0, SkuCount).Select(_ => (long)random.Next(199, 10_000))];

        _skuNames = [.. Enumerable.Range(0, SkuCount).Select(i => "SKU-" + i.ToString("D4", CultureInfo.InvariantCulture))];
        _storeNames = [.. Enumerable.Range(0, StoreCount).Select(i => "S" + i.ToString("D2", CultureInfo.InvariantCulture))];
        _dates = new LocalDate[Rows];
        _skus = new int[Rows];
        _stores = new int[Rows];
        _values = new long[Rows * MeasureCount];

        for (int i = 0; i < Rows; i++)
        {
            int segment = i % Segments;
            int sku = segment % SkuCount;
            _dates[i] = firstDay.PlusDays((int)((long)i * days / Rows));
            _skus[i] = sku;
            _stores[i] = segment / SkuCount;

            long units = random.Next(0, 21);
            long onHand = random.Next(0, 8) == 0 ? 0 : random.Next(1, 200);
            long forecast = Math.Max(0, units + random.Next(-4, 5));
            long ordered = units + random.Next(0, 3);
            long unitCostCents = priceCents[sku] * 6 / 10;
            Span<long> row = _values.AsSpan(i * MeasureCount, MeasureCount);
            row[0] = units * FactValue.Scale;
            row[1] = units * priceCents[sku] * 100;
            row[2] = units * unitCostCents * 100;
            row[3] = onHand * FactValue.Scale;
            row[4] = onHand * unitCostCents * 100;
            row[5] = onHand == 0 ? FactValue.Scale : 0;
            row[6] = forecast * FactValue.Scale;
            row[7] = ordered * FactValue.Scale;
            row[8] = Math.Min(ordered, units + onHand) * FactValue.Scale;
            row[9] = random.Next(0, 10) == 0 ? random.Next(100, 5_000) * 100L : 0;
            row[10] = random.Next(50, 500) * 100L;
        }
    }

    /// <summary>Encodes the dimensions, streams every row, builds the cube and reads the year's revenue.</summary>
    [Benchmark]
    public decimal StreamRowsIntoMonthlyCube()
    {
        var aggregator = new FactAggregator(Schema, ReportingCalendars.Gregorian, PeriodGrain.Month);
        int[] skuCodes = new int[SkuCount];
        int[] storeCodes = new int[StoreCount];
        for (int i = 0; i < skuCodes.Length; i++)
        {
            skuCodes[i] = aggregator.EncodeDimension(0, _skuNames[i]);
        }

        for (int i = 0; i < storeCodes.Length; i++)
        {
            storeCodes[i] = aggregator.EncodeDimension(1, _storeNames[i]);
        }

        Span<int> codes = stackalloc int[2];
        ReadOnlySpan<long> values = _values;
        for (int i = 0; i < _dates.Length; i++)
        {
            codes[0] = skuCodes[_skus[i]];
            codes[1] = storeCodes[_stores[i]];
            aggregator.WriteScaledRow(_dates[i], codes, values.Slice(i * MeasureCount, MeasureCount));
        }

        return Revenue(aggregator.ToCube());
    }

    /// <summary>The same rows with the SKU as the only dimension: encodes, streams, builds the cube, reads revenue.</summary>
    [Benchmark]
    public decimal StreamRowsIntoMonthlyCubeBySku()
    {
        var aggregator = new FactAggregator(SkuSchema, ReportingCalendars.Gregorian, PeriodGrain.Month);
        int[] skuCodes = new int[SkuCount];
        for (int i = 0; i < skuCodes.Length; i++)
        {
            skuCodes[i] = aggregator.EncodeDimension(0, _skuNames[i]);
        }

        Span<int> codes = stackalloc int[1];
        ReadOnlySpan<long> values = _values;
        for (int i = 0; i < _dates.Length; i++)
        {
            codes[0] = skuCodes[_skus[i]];
            aggregator.WriteScaledRow(_dates[i], codes, values.Slice(i * MeasureCount, MeasureCount));
        }

        return Revenue(aggregator.ToCube());
    }

    /// <summary>The cube's total revenue, read cell by cell.</summary>
    private static decimal Revenue(FactCube cube)
    {
        decimal revenue = 0m;
        foreach (FactCell cell in cube.Cells)
        {
            revenue += cell.GetValue("revenue")!.Value;
        }

        return revenue;
    }
}
