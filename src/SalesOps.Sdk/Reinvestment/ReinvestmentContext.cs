using System.Collections.Immutable;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Reinvestment;

/// <summary>
/// What the planner optimises against: the KPIs to improve (with weights and directions), the current KPI values
/// (to turn absolute effects into relative ones) and the annual revenue and gross margin (for payback).
/// </summary>
public sealed record ReinvestmentContext
{
    /// <summary>The weight of an improvement to a KPI that is not a priority. Default 0.25.</summary>
    public const decimal BackgroundWeight = 0.25m;

    /// <summary>The KPIs to improve.</summary>
    public ImmutableArray<KpiPriority> Priorities { get; init; } = [];

    /// <summary>Current KPI values (recent means).</summary>
    public ImmutableDictionary<string, decimal> CurrentValues { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    /// <summary>Annualised revenue, for benefit and payback estimates; null when unknown.</summary>
    public decimal? AnnualRevenue { get; init; }

    /// <summary>Annualised gross margin, for benefit and payback estimates; null when unknown.</summary>
    public decimal? AnnualGrossMargin { get; init; }

    /// <summary>
    /// Builds the context from a diagnosis: priorities from its findings, current values as the means of the
    /// diagnosis' recent periods, annual revenue and gross margin from their daily rates × 365.
    /// </summary>
    public static ReinvestmentContext FromDiagnosis(BalanceDiagnosis diagnosis, FactCube cube, MetricEngine engine)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(engine);
        FactCube total = cube.Total();
        ImmutableArray<ReportingPeriod> recent = diagnosis.LaterPeriods.IsDefaultOrEmpty ? total.Periods : diagnosis.LaterPeriods;
        MetricResultSet results = engine.Evaluate(total);
        var values = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (MetricDefinition metric in results.Metrics)
        {
            decimal[] series = [.. recent.Select(p => results.Get(p, Segment.Total, metric.Id)?.Value).OfType<decimal>()];
            if (series.Length > 0)
            {
                values[metric.Id] = series.Average();
            }
        }

        int dates = recent.Sum(p => total.GetCell(p, Segment.Total)?.DateCount ?? 0);
        decimal? Annual(string id)
        {
            decimal sum = 0m;
            bool any = false;
            foreach (ReportingPeriod p in recent)
            {
                if (results.Get(p, Segment.Total, id)?.Value is { } v)
                {
                    sum += v;
                    any = true;
                }
            }

            return any && dates > 0 ? sum / dates * 365m : null;
        }

        return new ReinvestmentContext
        {
            Priorities = KpiPriority.FromDiagnosis(diagnosis, engine.Catalog),
            CurrentValues = values.ToImmutable(),
            AnnualRevenue = Annual("revenue"),
            AnnualGrossMargin = Annual("gross_margin"),
        };
    }
}
