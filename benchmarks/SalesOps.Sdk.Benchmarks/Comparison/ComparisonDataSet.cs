using System.Globalization;
using NodaTime;

namespace SalesOps.Sdk.Benchmarks.Comparison;

/// <summary>
/// The deterministic data set of the comparison: every SKU has one row per day of 2023 (365 days, 12 months), rows in
/// date order (all SKUs of 1 January, then of 2 January, …) as a daily extract arrives.
/// </summary>
internal sealed class ComparisonDataSet
{
    public const int Days = 365;
    public static readonly LocalDate FirstDay = new(2023, 1, 1);

    private ComparisonDataSet(string[] skuNames, SalesRow[] rows)
    {
        SkuNames = skuNames;
        Rows = rows;
    }

    /// <summary>The SKU dictionary: code → name.</summary>
    public string[] SkuNames { get; }

    /// <summary>The rows.</summary>
    public SalesRow[] Rows { get; }

    public int SkuCount => SkuNames.Length;

    /// <summary>Builds the data set with at least <paramref name="rows"/> rows: ⌈rows / 365⌉ SKUs × 365 days.</summary>
    public static ComparisonDataSet Generate(long rows)
    {
        int skus = (int)Math.Max(1, (rows + Days - 1) / Days);
        string[] names = new string[skus];
        long[] priceCents = new long[skus];
        for (int s = 0; s < skus; s++)
        {
            names[s] = "SKU-" + s.ToString("D6", CultureInfo.InvariantCulture);
            priceCents[s] = 199 + (long)(Mix((ulong)s * 7919UL) % 9_801UL);
        }

        var data = new SalesRow[(long)skus * Days];
        Parallel.For(0, Days, day =>
        {
            LocalDate date = FirstDay.PlusDays(day);
            for (int s = 0; s < skus; s++)
            {
                ulong r = Mix(((ulong)s << 20) ^ (ulong)day ^ 0x5EED_2023UL);
                long units = (long)(r % 21);
                r = Mix(r);
                long onHand = r % 8 == 0 ? 0 : 1 + (long)((r >> 8) % 199);
                long forecast = Math.Max(0, units + (long)((r >> 24) % 9) - 4);
                long ordered = units + (long)((r >> 32) % 3);
                long promo = (r >> 40) % 10 == 0 ? 100 + (long)((r >> 44) % 4_900) : 0;
                long operating = 50 + (long)((r >> 52) % 450);
                long unitCostCents = priceCents[s] * 6 / 10;
                data[((long)day * skus) + s] = new SalesRow
                {
                    Date = date,
                    Sku = s,
                    UnitsSold = units * 10_000,
                    Revenue = units * priceCents[s] * 100,
                    Cogs = units * unitCostCents * 100,
                    OnHandUnits = onHand * 10_000,
                    OnHandValue = onHand * unitCostCents * 100,
                    Stockout = onHand == 0 ? 10_000 : 0,
                    ForecastUnits = forecast * 10_000,
                    OrderedUnits = ordered * 10_000,
                    ShippedUnits = Math.Min(ordered, units + onHand) * 10_000,
                    PromoSpend = promo * 100,
                    OperatingCost = operating * 100,
                };
            }
        });
        return new ComparisonDataSet(names, data);
    }

    /// <summary>SplitMix64 finaliser: a cheap, well-mixed deterministic hash.</summary>
    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
