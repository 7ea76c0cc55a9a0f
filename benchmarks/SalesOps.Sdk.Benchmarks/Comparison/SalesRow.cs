using System.Runtime.InteropServices;
using NodaTime;

namespace SalesOps.Sdk.Benchmarks.Comparison;

/// <summary>
/// One SKU × day fact row as every contender receives it: the date, the SKU as an integer code into
/// <see cref="ComparisonDataSet.SkuNames"/> (a dictionary-encoded column), and the eleven input measures of the KPI
/// pack as scaled values (value × 10,000, see <c>FactValue.Scale</c>).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal record struct SalesRow
{
    public const int MeasureCount = 11;

    public LocalDate Date;
    public int Sku;
    public long UnitsSold;
    public long Revenue;
    public long Cogs;
    public long OnHandUnits;
    public long OnHandValue;
    public long Stockout;
    public long ForecastUnits;
    public long OrderedUnits;
    public long ShippedUnits;
    public long PromoSpend;
    public long OperatingCost;

    /// <summary>The eleven measures in schema order, read in place (no copy).</summary>
    public static ReadOnlySpan<long> Measures(ref SalesRow row) => MemoryMarshal.CreateReadOnlySpan(ref row.UnitsSold, MeasureCount);
}
