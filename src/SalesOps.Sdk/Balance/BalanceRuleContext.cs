using System.Collections.Immutable;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Balance;

/// <summary>
/// What a balance rule sees: the KPIs of the whole business per period, split into earlier and recent periods, the
/// thresholds and the sales-momentum and operational-health scores.
/// </summary>
public sealed class BalanceRuleContext
{
    private readonly MetricResultSet _results;
    private readonly MetricCatalog _catalog;

    internal BalanceRuleContext(
        MetricResultSet results,
        MetricCatalog catalog,
        ImmutableArray<ReportingPeriod> earlier,
        ImmutableArray<ReportingPeriod> later,
        BalanceThresholds thresholds,
        decimal? salesMomentum,
        decimal? operationalHealth)
    {
        _results = results;
        _catalog = catalog;
        EarlierPeriods = earlier;
        LaterPeriods = later;
        Thresholds = thresholds;
        SalesMomentum = salesMomentum;
        OperationalHealth = operationalHealth;
    }

    /// <summary>The earlier periods compared.</summary>
    public ImmutableArray<ReportingPeriod> EarlierPeriods { get; }

    /// <summary>The recent periods compared.</summary>
    public ImmutableArray<ReportingPeriod> LaterPeriods { get; }

    /// <summary>The rule thresholds.</summary>
    public BalanceThresholds Thresholds { get; }

    /// <summary>Sales momentum S in [0, 1], or null.</summary>
    public decimal? SalesMomentum { get; }

    /// <summary>Operational health O in [0, 1], or null.</summary>
    public decimal? OperationalHealth { get; }

    /// <summary>A KPI's earlier mean against its recent mean.</summary>
    /// <exception cref="KeyNotFoundException">The KPI is not in the catalog.</exception>
    public MetricComparison Compare(string metricId) =>
        new(metricId, Mean(metricId, EarlierPeriods), Mean(metricId, LaterPeriods), Label(EarlierPeriods), Label(LaterPeriods));

    /// <summary>A KPI's results for every compared period, in order (earlier then recent).</summary>
    public IReadOnlyList<MetricResult> Series(string metricId) =>
        [.. EarlierPeriods.Concat(LaterPeriods).Select(p => _results.Get(p, Segment.Total, metricId)).OfType<MetricResult>()];

    /// <summary>The value-chain stage of a KPI, or null.</summary>
    public string? StageOf(string metricId) => _catalog.Contains(metricId) ? _catalog[metricId].Definition.Stage : null;

    internal static string Label(ImmutableArray<ReportingPeriod> periods) =>
        periods.Length == 0 ? string.Empty : periods.Length == 1 ? periods[0].Label : $"{periods[0].Label}..{periods[^1].Label}";

    /// <summary>
    /// The mean of a KPI over periods. Amounts (currency, counts, hours) are taken per date with data, so a first or
    /// last period the data covers only in part does not distort the comparison; ratios are taken as they are.
    /// </summary>
    private decimal? Mean(string metricId, ImmutableArray<ReportingPeriod> periods)
    {
        bool perDay = _catalog.Contains(metricId) && _catalog[metricId].Definition.Unit is MeasureUnit.Currency or MeasureUnit.Count or MeasureUnit.Hours;
        decimal sum = 0m;
        int count = 0;
        foreach (ReportingPeriod period in periods)
        {
            if (_results.Get(period, Segment.Total, metricId)?.Value is { } value)
            {
                int dates = _results.Cube.GetCell(period, Segment.Total)?.DateCount ?? 0;
                if (perDay && dates == 0)
                {
                    continue;
                }

                sum += perDay ? value / dates : value;
                count++;
            }
        }

        return count == 0 ? null : sum / count;
    }

    /// <summary>Whether a KPI is compared per date with data (an amount) rather than as it is (a ratio).</summary>
    public bool IsComparedPerDay(string metricId) =>
        _catalog.Contains(metricId) && _catalog[metricId].Definition.Unit is MeasureUnit.Currency or MeasureUnit.Count or MeasureUnit.Hours;
}
