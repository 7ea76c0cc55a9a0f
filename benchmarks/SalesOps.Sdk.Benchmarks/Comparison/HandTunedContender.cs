using NodaTime;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Benchmarks.Comparison;

/// <summary>
/// The practical limit: one pass over the struct array into dense per SKU × month accumulators (a bit mask of the
/// days of the month that have rows, the last day and its stock) plus per-day stock totals for the total; one
/// partition per thread, merged; then the KPI formulas. Arithmetic is checked like the rest of the build.
/// </summary>
/// <remarks>
/// <c>hand_tuned_loop</c> computes the formulas in <see cref="double"/>, as a hand-written loop would.
/// <c>hand_tuned_decimal</c> is the same loop with the formulas in <see cref="decimal"/>, operation for operation as
/// the SDK's metric definitions compute them, spread over the threads: the limit for a program that gives the SDK's
/// exact results. Its values must equal the SDK's bit for bit (see <see cref="KpiTable.Disagreement"/>).
/// </remarks>
internal sealed class HandTunedContender(bool exactDecimals) : IContender
{
    private ComparisonDataSet _data = null!;
    private int _threads;

    public string Name => exactDecimals ? "hand_tuned_decimal" : "hand_tuned_loop";

    public void Prepare(ComparisonDataSet data, int threads)
    {
        _data = data;
        _threads = threads;
    }

    public object Run()
    {
        int skus = _data.SkuCount;
        var parts = new Partial[_threads];
        long size = _data.Rows.Length / _threads;
        Parallel.For(0, _threads, new ParallelOptions { MaxDegreeOfParallelism = _threads }, p =>
        {
            int start = (int)(p * size);
            int end = p == _threads - 1 ? _data.Rows.Length : (int)((p + 1) * size);
            parts[p] = Accumulate(_data.Rows, start, end, skus);
        });

        Partial all = parts[0];
        for (int p = 1; p < parts.Length; p++)
        {
            all.Merge(parts[p]);
        }

        return exactDecimals ? FinishDecimal(all, skus, _threads) : Finish(all, skus);
    }

    public KpiTable ToTable(object results)
    {
        if (results is DecimalResults exact)
        {
            return exact.ToTable(_data.SkuCount);
        }

        var (values, revenue, cogs) = ((double[], long[], long[]))results;
        var table = new KpiTable(_data.SkuCount);
        values.CopyTo(table.Values, 0);
        for (int cell = 0; cell < revenue.Length; cell++)
        {
            table.SetExact(cell / 12, (cell % 12) + 1, revenue[cell], cogs[cell]);
        }

        return table;
    }

    public void Dispose()
    {
    }

    private static Partial Accumulate(SalesRow[] rows, int start, int end, int skus)
    {
        var part = new Partial(skus);
        Acc[] acc = part.Cells;
        long[] dayOnHand = part.DayOnHandUnits;
        LocalDate cachedDate = default;
        int month = -1;
        int dayOfMonth = 0;
        int dayOfYear = 0;
        for (int i = start; i < end; i++)
        {
            ref readonly SalesRow r = ref rows[i];
            if (month < 0 || r.Date != cachedDate)
            {
                cachedDate = r.Date;
                month = r.Date.Month - 1;
                dayOfMonth = r.Date.Day - 1;
                dayOfYear = r.Date.DayOfYear - 1;
            }

            ref Acc a = ref acc[(r.Sku * 12) + month];
            a.Units += r.UnitsSold;
            a.Revenue += r.Revenue;
            a.Cogs += r.Cogs;
            a.OnHandValue += r.OnHandValue;
            a.Stockouts += r.Stockout;
            a.Rows++;
            a.AbsError += Math.Abs(r.ForecastUnits - r.UnitsSold);
            a.Forecast += r.ForecastUnits;
            a.Ordered += r.OrderedUnits;
            a.Shipped += r.ShippedUnits;
            a.Promo += r.PromoSpend;
            a.Operating += r.OperatingCost;
            a.Days |= 1u << dayOfMonth;
            if (dayOfMonth > a.LastDay)
            {
                a.LastDay = dayOfMonth;
                a.Ending = r.OnHandUnits;
            }
            else if (dayOfMonth == a.LastDay)
            {
                a.Ending += r.OnHandUnits;
            }

            dayOnHand[dayOfYear] += r.OnHandUnits;
        }

        return part;
    }

    /// <summary>The total per month: flows summed over SKUs, days as the union of the SKUs' days, stock from the per-day totals.</summary>
    private static Acc[] Total(Partial all, int skus)
    {
        var total = new Acc[12];
        for (int m = 0; m < 12; m++)
        {
            total[m].LastDay = -1;
        }

        for (int s = 0; s < skus; s++)
        {
            for (int m = 0; m < 12; m++)
            {
                total[m].Add(all.Cells[(s * 12) + m]);
            }
        }

        int firstDayOfYear = 0;
        for (int m = 0; m < 12; m++)
        {
            if (total[m].Days != 0)
            {
                total[m].LastDay = 31 - System.Numerics.BitOperations.LeadingZeroCount(total[m].Days);
                total[m].Ending = all.DayOnHandUnits[firstDayOfYear + total[m].LastDay];
            }

            firstDayOfYear += CalendarSystem.Iso.GetDaysInMonth(2023, m + 1);
        }

        return total;
    }

    /// <summary>
    /// The formulas in <see cref="decimal"/>, as the SDK's metric definitions compute them (values from
    /// <see cref="FactValue.FromScaled"/>, averages divided by the number of dates, ratios "not available" at a zero
    /// denominator), the segments split over the threads.
    /// </summary>
    private static DecimalResults FinishDecimal(Partial all, int skus, int threads)
    {
        int k = KpiTable.KpiCount;
        var results = new DecimalResults((skus + 1) * 12 * k);
        Acc[] total = Total(all, skus);
        int segments = skus + 1;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, p =>
        {
            int from = (int)((long)segments * p / threads);
            int to = (int)((long)segments * (p + 1) / threads);
            for (int segment = from; segment < to; segment++)
            {
                decimal? previousRevenue = null;
                for (int m = 0; m < 12; m++)
                {
                    Acc a = segment == 0 ? total[m] : all.Cells[((segment - 1) * 12) + m];
                    int o = ((segment * 12) + m) * k;
                    if (a.Rows == 0)
                    {
                        previousRevenue = null;
                        continue;
                    }

                    int dates = System.Numerics.BitOperations.PopCount(a.Days);
                    decimal rev = FactValue.FromScaled(a.Revenue);
                    decimal units = FactValue.FromScaled(a.Units);
                    decimal cost = FactValue.FromScaled(a.Cogs);
                    decimal margin = rev - cost;
                    decimal ending = FactValue.FromScaled(a.Ending);
                    decimal avgInventory = FactValue.FromScaled(a.OnHandValue) / dates;
                    decimal available = units + ending;
                    results.Set(o, rev);
                    results.Set(o + 1, units);
                    results.Set(o + 2, cost);
                    results.Set(o + 3, margin);
                    results.SetRatio(o + 4, margin, rev);
                    results.Set(o + 5, avgInventory);
                    results.Set(o + 6, ending);
                    results.SetRatio(o + 7, cost, avgInventory);
                    if (cost != 0m)
                    {
                        results.Set(o + 8, avgInventory * dates / cost);
                    }

                    results.SetRatio(o + 9, FactValue.FromScaled(a.Stockouts), a.Rows);
                    results.SetRatio(o + 10, FactValue.FromScaled(a.AbsError), units);
                    results.SetRatio(o + 11, FactValue.FromScaled(a.Forecast) - units, units);
                    results.SetRatio(o + 12, margin, avgInventory);
                    results.SetRatio(o + 13, units, available);
                    results.SetRatio(o + 14, FactValue.FromScaled(a.Shipped), FactValue.FromScaled(a.Ordered));
                    results.SetRatio(o + 15, FactValue.FromScaled(a.Promo), rev);
                    results.SetRatio(o + 16, FactValue.FromScaled(a.Operating), rev);
                    if (previousRevenue is { } before && before != 0m)
                    {
                        results.Set(o + 17, (rev / before) - 1m);
                    }

                    previousRevenue = rev;
                }
            }
        });

        return results;
    }

    private static (double[] Values, long[] Revenue, long[] Cogs) Finish(Partial all, int skus)
    {
        const double Scale = 10_000d;
        int k = KpiTable.KpiCount;
        var values = new double[(skus + 1) * 12 * k];
        var revenue = new long[(skus + 1) * 12];
        var cogs = new long[(skus + 1) * 12];

        Acc[] total = Total(all, skus);
        for (int segment = 0; segment <= skus; segment++)
        {
            double previousRevenue = double.NaN;
            for (int m = 0; m < 12; m++)
            {
                Acc a = segment == 0 ? total[m] : all.Cells[((segment - 1) * 12) + m];
                int cell = (segment * 12) + m;
                int o = cell * k;
                if (a.Rows == 0)
                {
                    Array.Fill(values, double.NaN, o, k);
                    previousRevenue = double.NaN;
                    continue;
                }

                revenue[cell] = a.Revenue;
                cogs[cell] = a.Cogs;
                int dates = System.Numerics.BitOperations.PopCount(a.Days);
                double rev = a.Revenue / Scale;
                double cost = a.Cogs / Scale;
                double margin = (a.Revenue - a.Cogs) / Scale;
                double units = a.Units / Scale;
                double ending = a.Ending / Scale;
                double avgInventory = a.OnHandValue / Scale / dates;
                values[o] = rev;
                values[o + 1] = units;
                values[o + 2] = cost;
                values[o + 3] = margin;
                values[o + 4] = Ratio(margin, rev);
                values[o + 5] = avgInventory;
                values[o + 6] = ending;
                values[o + 7] = Ratio(cost, avgInventory);
                values[o + 8] = cost == 0 ? double.NaN : avgInventory * dates / cost;
                values[o + 9] = Ratio(a.Stockouts, a.Rows * Scale);
                values[o + 10] = Ratio(a.AbsError, a.Units);
                values[o + 11] = Ratio(a.Forecast - a.Units, a.Units);
                values[o + 12] = Ratio(margin, avgInventory);
                values[o + 13] = Ratio(units, units + ending);
                values[o + 14] = Ratio(a.Shipped, a.Ordered);
                values[o + 15] = Ratio(a.Promo, a.Revenue);
                values[o + 16] = Ratio(a.Operating, a.Revenue);
                values[o + 17] = Ratio(rev, previousRevenue) - 1;
                previousRevenue = rev;
            }
        }

        return (values, revenue, cogs);
    }

    private static double Ratio(double numerator, double denominator) =>
        denominator == 0 || double.IsNaN(denominator) ? double.NaN : numerator / denominator;

    /// <summary>The decimal results: one value per cell and KPI, and whether it has one.</summary>
    private sealed class DecimalResults(int length)
    {
        private readonly decimal[] _values = new decimal[length];
        private readonly bool[] _has = new bool[length];

        public void Set(int index, decimal value)
        {
            _values[index] = value;
            _has[index] = true;
        }

        public void SetRatio(int index, decimal numerator, decimal denominator)
        {
            if (denominator != 0m)
            {
                Set(index, numerator / denominator);
            }
        }

        public KpiTable ToTable(int skus)
        {
            int k = KpiTable.KpiCount;
            var table = new KpiTable(skus, exact: true);
            for (int cell = 0; cell < (skus + 1) * 12; cell++)
            {
                int o = cell * k;
                if (!_has[o])
                {
                    continue;
                }

                for (int kpi = 0; kpi < k; kpi++)
                {
                    if (_has[o + kpi])
                    {
                        table.SetExactValue(cell / 12, (cell % 12) + 1, kpi, _values[o + kpi]);
                    }
                }

                table.SetExact(cell / 12, (cell % 12) + 1, FactValue.ToScaled(_values[o + KpiTable.RevenueIndex]), FactValue.ToScaled(_values[o + KpiTable.CogsIndex]));
            }

            return table;
        }
    }

    private struct Acc
    {
        public long Units;
        public long Revenue;
        public long Cogs;
        public long OnHandValue;
        public long Stockouts;
        public long Rows;
        public long AbsError;
        public long Forecast;
        public long Ordered;
        public long Shipped;
        public long Promo;
        public long Operating;
        public long Ending;
        public uint Days;
        public int LastDay;

        public void Add(in Acc b)
        {
            Units += b.Units;
            Revenue += b.Revenue;
            Cogs += b.Cogs;
            OnHandValue += b.OnHandValue;
            Stockouts += b.Stockouts;
            Rows += b.Rows;
            AbsError += b.AbsError;
            Forecast += b.Forecast;
            Ordered += b.Ordered;
            Shipped += b.Shipped;
            Promo += b.Promo;
            Operating += b.Operating;
            Days |= b.Days;
        }

        public void Merge(in Acc b)
        {
            Add(b);
            if (b.LastDay > LastDay)
            {
                LastDay = b.LastDay;
                Ending = b.Ending;
            }
            else if (b.LastDay == LastDay && b.LastDay >= 0)
            {
                Ending += b.Ending;
            }
        }
    }

    private sealed class Partial
    {
        public Partial(int skus)
        {
            Cells = new Acc[skus * 12];
            for (int i = 0; i < Cells.Length; i++)
            {
                Cells[i].LastDay = -1;
            }

            DayOnHandUnits = new long[366];
        }

        public Acc[] Cells { get; }

        public long[] DayOnHandUnits { get; }

        public void Merge(Partial other)
        {
            for (int i = 0; i < Cells.Length; i++)
            {
                Cells[i].Merge(other.Cells[i]);
            }

            for (int d = 0; d < DayOnHandUnits.Length; d++)
            {
                DayOnHandUnits[d] += other.DayOnHandUnits[d];
            }
        }
    }
}
