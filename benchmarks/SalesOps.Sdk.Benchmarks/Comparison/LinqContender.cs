using NodaTime;

namespace SalesOps.Sdk.Benchmarks.Comparison;

/// <summary>
/// Idiomatic LINQ as a typical developer writes it: <c>GroupBy</c> SKU × month over a <see cref="List{T}"/> of
/// records with one <c>Sum</c> per figure; the total through per-date sums grouped by month; growth from the previous
/// month's group. With more than one thread, the same query through PLINQ (<c>AsParallel().WithDegreeOfParallelism</c>).
/// </summary>
internal sealed class LinqContender : IContender
{
    private const double Scale = 10_000d;

    private ComparisonDataSet _data = null!;
    private List<SalesRow> _rows = [];
    private int _threads;

    public string Name => "linq";

    public void Prepare(ComparisonDataSet data, int threads)
    {
        _data = data;
        _threads = threads;
        _rows = [.. data.Rows];
    }

    public object Run()
    {
        IEnumerable<SkuMonth> cells = _threads == 1
            ? _rows.GroupBy(r => (r.Sku, r.Date.Month)).Select(g => Summarise(g.Key.Sku, g.Key.Month, g))
            : _rows.AsParallel().WithDegreeOfParallelism(_threads).GroupBy(r => (r.Sku, r.Date.Month)).Select(g => Summarise(g.Key.Sku, g.Key.Month, g));

        List<KpiRow> perSku = [.. cells
            .GroupBy(c => c.Sku)
            .SelectMany(sku => WithGrowth(sku.OrderBy(c => c.Month)))];

        IEnumerable<DayTotal> days = _threads == 1
            ? _rows.GroupBy(r => r.Date).Select(DayTotal.Of)
            : _rows.AsParallel().WithDegreeOfParallelism(_threads).GroupBy(r => r.Date).Select(DayTotal.Of);
        List<KpiRow> total = [.. WithGrowth(days
            .GroupBy(d => d.Date.Month)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                LocalDate last = g.Max(d => d.Date);
                return new SkuMonth(
                    -1,
                    g.Key,
                    g.Sum(d => d.Revenue),
                    g.Sum(d => d.Units),
                    g.Sum(d => d.Cogs),
                    g.Average(d => d.OnHandValue / Scale),
                    g.Count(),
                    g.Where(d => d.Date == last).Sum(d => d.OnHandUnits),
                    g.Sum(d => d.Stockouts),
                    g.Sum(d => d.Rows),
                    g.Sum(d => d.AbsError),
                    g.Sum(d => d.Forecast),
                    g.Sum(d => d.Shipped),
                    g.Sum(d => d.Ordered),
                    g.Sum(d => d.Promo),
                    g.Sum(d => d.Operating));
            }))];
        return (perSku, total);
    }

    public KpiTable ToTable(object results)
    {
        var (perSku, total) = ((List<KpiRow>, List<KpiRow>))results;
        var table = new KpiTable(_data.SkuCount);
        foreach (KpiRow row in perSku.Concat(total))
        {
            int segment = row.Sku + 1;
            for (int k = 0; k < row.Values.Length; k++)
            {
                table.Set(segment, row.Month, k, row.Values[k] ?? double.NaN);
            }

            table.SetExact(segment, row.Month, row.Revenue, row.Cogs);
        }

        return table;
    }

    public void Dispose() => _rows = [];

    private static SkuMonth Summarise(int sku, int month, IEnumerable<SalesRow> rows)
    {
        LocalDate last = rows.Max(r => r.Date);
        int dates = rows.Select(r => r.Date).Distinct().Count();
        return new SkuMonth(
            sku,
            month,
            rows.Sum(r => r.Revenue),
            rows.Sum(r => r.UnitsSold),
            rows.Sum(r => r.Cogs),
            rows.Sum(r => r.OnHandValue) / Scale / dates,
            dates,
            rows.Where(r => r.Date == last).Sum(r => r.OnHandUnits),
            rows.Sum(r => r.Stockout),
            rows.Count(),
            rows.Sum(r => Math.Abs(r.ForecastUnits - r.UnitsSold)),
            rows.Sum(r => r.ForecastUnits),
            rows.Sum(r => r.ShippedUnits),
            rows.Sum(r => r.OrderedUnits),
            rows.Sum(r => r.PromoSpend),
            rows.Sum(r => r.OperatingCost));
    }

    private static IEnumerable<KpiRow> WithGrowth(IEnumerable<SkuMonth> months)
    {
        SkuMonth? previous = null;
        foreach (SkuMonth c in months)
        {
            double revenue = c.Revenue / Scale;
            double cogs = c.Cogs / Scale;
            double units = c.Units / Scale;
            double ending = c.EndingUnits / Scale;
            double margin = revenue - cogs;
            yield return new KpiRow(
                c.Sku,
                c.Month,
                c.Revenue,
                c.Cogs,
                [
                    revenue,
                    units,
                    cogs,
                    (c.Revenue - c.Cogs) / Scale,
                    Divide((c.Revenue - c.Cogs) / Scale, revenue),
                    c.AverageInventory,
                    ending,
                    Divide(cogs, c.AverageInventory),
                    cogs == 0 ? null : c.AverageInventory * c.Dates / cogs,
                    Divide(c.Stockouts, c.Rows * Scale),
                    Divide(c.AbsError, c.Units),
                    Divide(c.Forecast - c.Units, c.Units),
                    Divide((c.Revenue - c.Cogs) / Scale, c.AverageInventory),
                    Divide(units, units + ending),
                    Divide(c.Shipped, c.Ordered),
                    Divide(c.Promo, c.Revenue),
                    Divide(c.Operating, c.Revenue),
                    previous is null ? null : Divide(c.Revenue, previous.Revenue) - 1,
                ]);
            previous = c;
        }
    }

    private static double? Divide(double numerator, double denominator) => denominator == 0 ? null : numerator / denominator;

    internal sealed record SkuMonth(
        int Sku,
        int Month,
        long Revenue,
        long Units,
        long Cogs,
        double AverageInventory,
        int Dates,
        long EndingUnits,
        long Stockouts,
        long Rows,
        long AbsError,
        long Forecast,
        long Shipped,
        long Ordered,
        long Promo,
        long Operating);

    internal sealed record KpiRow(int Sku, int Month, long Revenue, long Cogs, double?[] Values);

    internal sealed record DayTotal(
        LocalDate Date,
        long Revenue,
        long Units,
        long Cogs,
        long OnHandValue,
        long OnHandUnits,
        long Stockouts,
        long Rows,
        long AbsError,
        long Forecast,
        long Shipped,
        long Ordered,
        long Promo,
        long Operating)
    {
        public static DayTotal Of(IGrouping<LocalDate, SalesRow> g) => new(
            g.Key,
            g.Sum(r => r.Revenue),
            g.Sum(r => r.UnitsSold),
            g.Sum(r => r.Cogs),
            g.Sum(r => r.OnHandValue),
            g.Sum(r => r.OnHandUnits),
            g.Sum(r => r.Stockout),
            g.Count(),
            g.Sum(r => Math.Abs(r.ForecastUnits - r.UnitsSold)),
            g.Sum(r => r.ForecastUnits),
            g.Sum(r => r.ShippedUnits),
            g.Sum(r => r.OrderedUnits),
            g.Sum(r => r.PromoSpend),
            g.Sum(r => r.OperatingCost));
    }
}
