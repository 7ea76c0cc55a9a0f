using System.Collections.Immutable;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// The value chain of a business over its periods: stage costs, shares, cost-to-revenue, cost growth against revenue
/// growth and Porter's margin per period; the health of each stage; the linkages between the sales stage and the
/// operations stages; and which KPIs belong to which stage.
/// </summary>
/// <remarks>Immutable. Produced by <see cref="ValueChainAnalyzer.Analyze"/>.</remarks>
public sealed class ValueChainAnalysis
{
    private readonly ImmutableDictionary<string, ImmutableArray<string>> _metricsByStage;

    internal ValueChainAnalysis(
        ValueChainOptions options,
        ReportingCalendar calendar,
        PeriodGrain grain,
        ImmutableArray<ValueChainPeriod> periods,
        ImmutableArray<StageHealth> health,
        ImmutableArray<StageLinkage> linkages,
        ImmutableDictionary<string, ImmutableArray<string>> metricsByStage,
        ImmutableArray<string> unattributedMetrics)
    {
        Options = options;
        Calendar = calendar;
        Grain = grain;
        Periods = periods;
        Health = health;
        Linkages = linkages;
        _metricsByStage = metricsByStage;
        UnattributedMetrics = unattributedMetrics;
    }

    /// <summary>The options the analysis ran with (stages, overrides, rules, windows).</summary>
    public ValueChainOptions Options { get; }

    /// <summary>The stages, in report order.</summary>
    public ImmutableArray<ValueChainStage> Stages => Options.Stages;

    /// <summary>The reporting calendar of the facts.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>The period grain of the facts.</summary>
    public PeriodGrain Grain { get; }

    /// <summary>One entry per period with facts, in date order.</summary>
    public ImmutableArray<ValueChainPeriod> Periods { get; }

    /// <summary>The health of every stage, in stage order.</summary>
    public ImmutableArray<StageHealth> Health { get; }

    /// <summary>The verdict on every linkage rule, in rule order.</summary>
    public ImmutableArray<StageLinkage> Linkages { get; }

    /// <summary>The linkages found strained.</summary>
    public ImmutableArray<StageLinkage> StrainedLinkages => [.. Linkages.Where(l => l.Status == LinkageStatus.Strained)];

    /// <summary>The catalog metrics whose stage (after overrides) is none of the stages, ordered by id.</summary>
    public ImmutableArray<string> UnattributedMetrics { get; }

    /// <summary>The ids of the catalog metrics that belong to a stage (after overrides), in catalog order.</summary>
    /// <exception cref="KeyNotFoundException">The stage is not in the analysis.</exception>
    public ImmutableArray<string> MetricsOf(string stageId)
    {
        ArgumentNullException.ThrowIfNull(stageId);
        return _metricsByStage.TryGetValue(stageId, out ImmutableArray<string> ids)
            ? ids
            : throw new KeyNotFoundException($"Stage '{stageId}' is not in the analysis; stages: {string.Join(", ", Stages.Select(s => s.Id))}.");
    }

    /// <summary>The health of a stage.</summary>
    /// <exception cref="KeyNotFoundException">The stage is not in the analysis.</exception>
    public StageHealth HealthOf(string stageId) =>
        Health.FirstOrDefault(h => h.StageId == stageId)
        ?? throw new KeyNotFoundException($"Stage '{stageId}' is not in the analysis; stages: {string.Join(", ", Stages.Select(s => s.Id))}.");
}
