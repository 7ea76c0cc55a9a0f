using System.Globalization;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Tests.Metrics;

namespace SalesOps.Sdk.Tests.ValueChain;

/// <summary>Tiny monthly fact cubes for the value-chain tests: one row per month (on the 1st, from January 2024).</summary>
internal static class ValueChainTestData
{
    public static FactCube Monthly(string[] columns, params decimal[][] months) =>
        MetricTestData.Cube(
            columns,
            [.. months.Select((values, i) => new TestRow(new DateOnly(2024, 1, 1).AddMonths(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "A", values))]);

    /// <summary>
    /// Generated months of a business: revenue, promotion spend, ordered and shipped units, with a small deterministic
    /// jitter (seeded) around the given promotion intensity and fill rate per month.
    /// </summary>
    public static FactCube Generated(int seed, decimal[] promoIntensity, decimal[] fillRate, decimal revenueGrowthPerMonth = 0.01m)
    {
        var random = new Random(seed);
        var months = new List<decimal[]>();
        decimal revenue = 50_000m;
        for (int m = 0; m < promoIntensity.Length; m++)
        {
            decimal jitter = 1m + ((decimal)random.Next(-100, 101) / 10_000m); // ±1 %
            decimal monthRevenue = decimal.Round(revenue * jitter, 2);
            decimal ordered = 1_000m + random.Next(0, 50);
            decimal shipped = decimal.Round(ordered * fillRate[m], 0);
            months.Add([monthRevenue, decimal.Round(monthRevenue * promoIntensity[m], 2), ordered, shipped]);
            revenue *= 1m + revenueGrowthPerMonth;
        }

        return Monthly(["revenue", "promo_spend", "ordered_units", "shipped_units"], [.. months]);
    }
}
