using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Benchmarks;

/// <summary>
/// Deterministic monthly cubes for the evaluation benchmarks: <c>segments</c> SKUs × <c>months</c> months from
/// January 2023, four dated rows per SKU and month (days 1, 8, 15, 22), the eleven measures of the KPI pack, with a
/// slow upward trend in sales so that growth and the diagnosis have something to see.
/// </summary>
internal static class CubeFixture
{
    public static FactCube Build(int segments, int months)
    {
        var aggregator = new FactAggregator(Comparison.SalesOpsContender.Schema, ReportingCalendars.Gregorian, PeriodGrain.Month);
        int[] codes = new int[segments];
        for (int s = 0; s < segments; s++)
        {
            codes[s] = aggregator.EncodeDimension(0, "SKU-" + s.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        }

        var random = new Random(20230101);
        Span<int> key = stackalloc int[1];
        Span<long> row = stackalloc long[11];
        for (int m = 0; m < months; m++)
        {
            LocalDate first = new LocalDate(2023, 1, 1).PlusMonths(m);
            for (int d = 0; d < 4; d++)
            {
                LocalDate date = first.PlusDays(7 * d);
                for (int s = 0; s < segments; s++)
                {
                    long units = random.Next(0, 21) + (m / 4);
                    long price = 199 + (s % 9_800);
                    long cost = price * 6 / 10;
                    long onHand = random.Next(0, 8) == 0 ? 0 : random.Next(1, 200);
                    long ordered = units + random.Next(0, 3);
                    row[0] = units * 10_000;
                    row[1] = units * price * 100;
                    row[2] = units * cost * 100;
                    row[3] = onHand * 10_000;
                    row[4] = onHand * cost * 100;
                    row[5] = onHand == 0 ? 10_000 : 0;
                    row[6] = Math.Max(0, units + random.Next(-4, 5)) * 10_000;
                    row[7] = ordered * 10_000;
                    row[8] = Math.Min(ordered, units + onHand) * 10_000;
                    row[9] = random.Next(0, 10) == 0 ? random.Next(100, 5_000) * 100L : 0;
                    row[10] = random.Next(50, 500) * 100L;
                    key[0] = codes[s];
                    aggregator.WriteScaledRow(date, key, row);
                }
            }
        }

        return aggregator.ToCube();
    }
}
