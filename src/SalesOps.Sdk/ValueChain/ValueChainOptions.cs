using System.Collections.Immutable;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// How a host's business maps onto the value chain: its stages, per-metric stage overrides, the linkage rules and
/// the windows they compare. The defaults are Porter's nine stages, the catalog's stages, and
/// <see cref="LinkageRule.Defaults"/> comparing the later half of the periods with the earlier half.
/// </summary>
/// <remarks>
/// Immutable; <see cref="ValueChainOptionsValidator"/> checks it and <see cref="ValueChainAnalyzer"/> refuses invalid
/// options. Change it with <c>with</c> or <see cref="WithStage"/> and <see cref="WithMetricStage"/>.
/// </remarks>
public sealed record ValueChainOptions
{
    /// <summary>Porter's stages, the catalog's attribution, the default linkage rules, halves as windows.</summary>
    public static ValueChainOptions Default { get; } = new();

    /// <summary>The stages, in report order. Default: <see cref="ValueChainStage.Porter"/>.</summary>
    public ImmutableArray<ValueChainStage> Stages { get; init; } = ValueChainStage.Porter;

    /// <summary>
    /// Stage overrides: metric id → stage id. A metric listed here belongs to that stage instead of its
    /// <see cref="MetricDefinition.Stage"/>; the metric definition itself is not changed.
    /// </summary>
    public ImmutableDictionary<string, string> MetricStages { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The linkage rules. Default: <see cref="LinkageRule.Defaults"/>; empty turns the linkage analysis off.</summary>
    public ImmutableArray<LinkageRule> Linkages { get; init; } = LinkageRule.Defaults;

    /// <summary>
    /// The number of periods in the earlier window, which ends where the later window starts. Null (default): half the
    /// periods, rounded down.
    /// </summary>
    public int? EarlierWindow { get; init; }

    /// <summary>The number of periods in the later window, the last periods of the data. Null (default): half the periods, rounded down.</summary>
    public int? LaterWindow { get; init; }

    /// <summary>
    /// The stage a metric belongs to: the override in <see cref="MetricStages"/>, else the definition's
    /// <see cref="MetricDefinition.Stage"/>; null when that is not one of <see cref="Stages"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    public string? StageOf(MetricDefinition metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        string? stage = MetricStages.TryGetValue(metric.Id, out string? overridden) ? overridden : metric.Stage;
        return stage is not null && Stages.Any(s => s?.Id == stage) ? stage : null;
    }

    /// <summary>Options with a stage added, or replacing the stage with the same id (to rename it).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    public ValueChainOptions WithStage(ValueChainStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        for (int i = 0; i < Stages.Length; i++)
        {
            if (Stages[i]?.Id == stage.Id)
            {
                return this with { Stages = Stages.SetItem(i, stage) };
            }
        }

        return this with { Stages = Stages.Add(stage) };
    }

    /// <summary>Options with a metric attributed to a stage, whatever its definition says.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValueChainOptions WithMetricStage(string metricId, string stageId)
    {
        ArgumentNullException.ThrowIfNull(metricId);
        ArgumentNullException.ThrowIfNull(stageId);
        return this with { MetricStages = MetricStages.SetItem(metricId, stageId) };
    }
}
