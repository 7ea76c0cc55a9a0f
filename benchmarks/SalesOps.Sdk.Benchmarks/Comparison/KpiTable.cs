using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Benchmarks.Comparison;

/// <summary>
/// The KPI pack per SKU × month and for the total × month in one comparable form: segment 0 is the total, segment
/// <c>sku + 1</c> a SKU; months 1–12. Ratios and averages as doubles (NaN = not available), revenue and cogs exact as
/// scaled integers; for the contenders that compute in <see cref="decimal"/>, also every value exactly. Filled after the
/// timed part of each contender.
/// </summary>
internal sealed class KpiTable
{
    public static readonly string[] Kpis = [.. StandardMetrics.KpiPack];
    public static readonly int KpiCount = Kpis.Length;
    public static readonly int RevenueIndex = Array.IndexOf(Kpis, "revenue");
    public static readonly int CogsIndex = Array.IndexOf(Kpis, "cogs");

    public KpiTable(int skuCount, bool exact = false)
    {
        Segments = skuCount + 1;
        Values = new double[Segments * 12 * KpiCount];
        Array.Fill(Values, double.NaN);
        ExactRevenue = new long[Segments * 12];
        ExactCogs = new long[Segments * 12];
        Present = new bool[Segments * 12];
        ExactValues = exact ? new decimal[Values.Length] : null;
    }

    public int Segments { get; }

    public double[] Values { get; }

    public long[] ExactRevenue { get; }

    public long[] ExactCogs { get; }

    public bool[] Present { get; }

    /// <summary>Every value as computed, for the contenders that compute in decimal (null for the others).</summary>
    public decimal[]? ExactValues { get; }

    public static int Cell(int segment, int month) => (segment * 12) + month - 1;

    public void Set(int segment, int month, int kpi, double value) => Values[(Cell(segment, month) * KpiCount) + kpi] = value;

    /// <summary>A value computed in decimal: kept exactly, and as a double for the comparison with the others.</summary>
    public void SetExactValue(int segment, int month, int kpi, decimal value)
    {
        int index = (Cell(segment, month) * KpiCount) + kpi;
        Values[index] = (double)value;
        ExactValues![index] = value;
    }

    public void SetExact(int segment, int month, long revenueScaled, long cogsScaled)
    {
        int cell = Cell(segment, month);
        Present[cell] = true;
        ExactRevenue[cell] = revenueScaled;
        ExactCogs[cell] = cogsScaled;
    }

    /// <summary>
    /// Null when the tables agree (revenue and cogs exactly, every other value within 1e-9 relative, and when both
    /// computed in decimal, every value bit for bit: the same value with the same scale); else the first differences.
    /// </summary>
    public static string? Disagreement(string leftName, KpiTable left, string rightName, KpiTable right)
    {
        var problems = new List<string>();
        for (int cell = 0; cell < left.Present.Length && problems.Count < 5; cell++)
        {
            string where = $"{(cell / 12 == 0 ? "total" : "sku " + ((cell / 12) - 1))} month {(cell % 12) + 1}";
            if (left.Present[cell] != right.Present[cell])
            {
                problems.Add($"{where}: present in {(left.Present[cell] ? leftName : rightName)} only");
                continue;
            }

            if (!left.Present[cell])
            {
                continue;
            }

            if (left.ExactRevenue[cell] != right.ExactRevenue[cell] || left.ExactCogs[cell] != right.ExactCogs[cell])
            {
                problems.Add($"{where}: revenue/cogs {left.ExactRevenue[cell]}/{left.ExactCogs[cell]} ({leftName}) vs {right.ExactRevenue[cell]}/{right.ExactCogs[cell]} ({rightName}) (scaled)");
            }

            for (int k = 0; k < KpiCount; k++)
            {
                double a = left.Values[(cell * KpiCount) + k];
                double b = right.Values[(cell * KpiCount) + k];
                bool same = (double.IsNaN(a) && double.IsNaN(b))
                    || Math.Abs(a - b) <= 1e-9 * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));
                if (same && left.ExactValues is { } leftExact && right.ExactValues is { } rightExact
                    && !decimal.GetBits(leftExact[(cell * KpiCount) + k]).AsSpan().SequenceEqual(decimal.GetBits(rightExact[(cell * KpiCount) + k])))
                {
                    problems.Add($"{where}: {Kpis[k]} = {leftExact[(cell * KpiCount) + k]} ({leftName}) vs {rightExact[(cell * KpiCount) + k]} ({rightName}), not the same decimal");
                }
                else if (!same)
                {
                    problems.Add($"{where}: {Kpis[k]} = {a:R} ({leftName}) vs {b:R} ({rightName})");
                }
            }
        }

        return problems.Count == 0 ? null : string.Join(Environment.NewLine, problems);
    }
}
