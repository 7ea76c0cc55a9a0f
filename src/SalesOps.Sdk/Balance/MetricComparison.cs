using System.Globalization;

namespace SalesOps.Sdk.Balance;

/// <summary>A KPI's mean over the earlier periods against its mean over the recent periods.</summary>
/// <param name="MetricId">The KPI.</param>
/// <param name="Before">Mean over the earlier periods that have a value; null when none has.</param>
/// <param name="After">Mean over the recent periods that have a value; null when none has.</param>
/// <param name="EarlierPeriods">The earlier periods, e.g. <c>2024-01..2024-03</c>.</param>
/// <param name="LaterPeriods">The recent periods.</param>
public sealed record MetricComparison(string MetricId, decimal? Before, decimal? After, string EarlierPeriods, string LaterPeriods)
{
    /// <summary>Whether both means exist.</summary>
    public bool IsAvailable => Before is not null && After is not null;

    /// <summary>After − before, or null.</summary>
    public decimal? Change => IsAvailable ? After - Before : null;

    /// <summary>After / before − 1, or null when a mean is missing or before is 0.</summary>
    public decimal? RelativeChange => IsAvailable && Before != 0m ? (After / Before) - 1m : null;

    /// <summary>Evidence for a finding from this comparison.</summary>
    /// <param name="threshold">The threshold crossed, in words.</param>
    public FindingEvidence ToEvidence(string threshold)
    {
        string observation = IsAvailable
            ? $"{MetricId} {(After >= Before ? "rose" : "fell")} from {Format(Before)} to {Format(After)}" +
              (RelativeChange is { } r ? $" ({(r >= 0 ? "+" : string.Empty)}{(r * 100m).ToString("0.#", CultureInfo.InvariantCulture)} %)" : string.Empty)
            : $"{MetricId} is not available";
        return new FindingEvidence(MetricId, EarlierPeriods, LaterPeriods, Before, After, threshold, observation);
    }

    private static string Format(decimal? value) => value is { } v
        ? (Math.Abs(v) >= 100m ? v.ToString("#,##0", CultureInfo.InvariantCulture) : v.ToString("0.####", CultureInfo.InvariantCulture))
        : "n/a";
}
