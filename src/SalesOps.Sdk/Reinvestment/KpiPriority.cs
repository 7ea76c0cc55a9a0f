using System.Collections.Immutable;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Reinvestment;

/// <summary>A KPI the plan should improve: how much it matters and which way is better.</summary>
/// <param name="MetricId">The KPI.</param>
/// <param name="Weight">How much an improvement counts (critical finding 3, warning 2; red indicator 3, amber 2).</param>
/// <param name="PreferredDirection">+1 when up is better, −1 when down is better.</param>
/// <param name="Reason">Why it is a priority (the finding or indicator).</param>
public sealed record KpiPriority(string MetricId, decimal Weight, int PreferredDirection, string Reason)
{
    /// <summary>
    /// The KPIs behind a diagnosis' findings that moved the wrong way: a higher-is-better KPI that fell, a
    /// lower-is-better KPI that rose, and any target-is-best KPI (to be moved back). Critical findings weigh 3,
    /// warnings 2; healthy-synergy findings add nothing. A KPI in several findings keeps its highest weight.
    /// </summary>
    public static ImmutableArray<KpiPriority> FromDiagnosis(BalanceDiagnosis diagnosis, MetricCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        ArgumentNullException.ThrowIfNull(catalog);
        var byMetric = new Dictionary<string, KpiPriority>(StringComparer.Ordinal);
        foreach (BalanceFinding finding in diagnosis.Findings.Where(f => f.Severity != FindingSeverity.Info))
        {
            decimal weight = finding.Severity == FindingSeverity.Critical ? 3m : 2m;
            foreach (FindingEvidence evidence in finding.Evidence)
            {
                if (!catalog.Contains(evidence.MetricId) || evidence.Before is not { } before || evidence.After is not { } after)
                {
                    continue;
                }

                MetricDirection direction = catalog[evidence.MetricId].Definition.Direction;
                int moved = Math.Sign(after - before);
                int preferred = direction switch
                {
                    MetricDirection.HigherIsBetter => moved < 0 ? 1 : 0,
                    MetricDirection.LowerIsBetter => moved > 0 ? -1 : 0,
                    _ => -moved,
                };
                if (preferred == 0)
                {
                    continue;
                }

                if (!byMetric.TryGetValue(evidence.MetricId, out KpiPriority? existing) || existing.Weight < weight)
                {
                    byMetric[evidence.MetricId] = new KpiPriority(evidence.MetricId, weight, preferred, $"{finding.Id}: {evidence.Observation}");
                }
            }
        }

        return [.. byMetric.Values.OrderByDescending(p => p.Weight).ThenBy(p => p.MetricId, StringComparer.Ordinal)];
    }
}
