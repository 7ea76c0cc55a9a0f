using System.Collections.Immutable;
using System.Text.Json.Serialization;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Scorecards;

/// <summary>
/// A balanced scorecard: perspectives, objectives with their indicators, the strategy map, initiatives, the status
/// thresholds, and the calendar and grain it is read on.
/// </summary>
/// <remarks>
/// Immutable. Check a definition with <see cref="ScorecardDefinitionValidator"/>; <see cref="ScorecardEvaluator"/>
/// refuses an invalid one. Load and save it with <see cref="ScorecardJson"/>; start from a preset in
/// <see cref="ScorecardPresets"/>.
/// </remarks>
public sealed record ScorecardDefinition
{
    /// <summary>The id, e.g. <c>retail</c>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The reporting calendar (default Gregorian).</summary>
    [JsonPropertyName("calendar")]
    public ReportingCalendar Calendar { get; init; } = ReportingCalendars.Gregorian;

    /// <summary>The period grain the targets are set for (default month).</summary>
    [JsonPropertyName("grain")]
    public PeriodGrain Grain { get; init; } = PeriodGrain.Month;

    /// <summary>
    /// Perspectives that differ from the built-in ones (another weight or name) or are added; the four built-in
    /// perspectives exist whether listed or not. See <see cref="EffectivePerspectives"/>.
    /// </summary>
    [JsonPropertyName("perspectives")]
    public ImmutableArray<Perspective> Perspectives { get; init; } = [];

    /// <summary>The objectives.</summary>
    [JsonPropertyName("objectives")]
    public ImmutableArray<Objective> Objectives { get; init; } = [];

    /// <summary>The cause-and-effect links between objectives.</summary>
    [JsonPropertyName("strategy_map")]
    public ImmutableArray<StrategyLink> StrategyMap { get; init; } = [];

    /// <summary>The initiatives.</summary>
    [JsonPropertyName("initiatives")]
    public ImmutableArray<Initiative> Initiatives { get; init; } = [];

    /// <summary>The thresholds that turn scores into statuses (default green ≥ 0.8, amber ≥ 0.5).</summary>
    [JsonPropertyName("status_thresholds")]
    public StatusThresholds StatusThresholds { get; init; } = StatusThresholds.Default;

    /// <summary>
    /// The perspectives in effect: the four built-in ones in the classic order (as listed in
    /// <see cref="Perspectives"/> when listed there), then the added ones in listed order.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<Perspective> EffectivePerspectives
    {
        get
        {
            var result = new List<Perspective>();
            foreach (Perspective builtIn in Perspective.BuiltIn)
            {
                result.Add(Perspectives.FirstOrDefault(p => p.Id == builtIn.Id) ?? builtIn);
            }

            foreach (Perspective added in Perspectives)
            {
                if (!result.Exists(p => p.Id == added.Id))
                {
                    result.Add(added);
                }
            }

            return result;
        }
    }

    /// <summary>
    /// A copy with every indicator of the metric changed, e.g.
    /// <c>ScorecardPresets.Retail.WithIndicator("gross_margin_rate", i =&gt; i with { Target = 0.5m })</c>.
    /// </summary>
    /// <param name="metricId">The metric id of the indicators to change.</param>
    /// <param name="change">Returns the changed indicator.</param>
    /// <returns>The changed definition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">No indicator measures the metric.</exception>
    public ScorecardDefinition WithIndicator(string metricId, Func<Indicator, Indicator> change)
    {
        ArgumentNullException.ThrowIfNull(metricId);
        ArgumentNullException.ThrowIfNull(change);
        if (!Objectives.Any(o => o.Indicators.Any(i => i.Metric == metricId)))
        {
            throw new KeyNotFoundException(
                $"Scorecard '{Id}' has no indicator for metric '{metricId}'; its metrics: {string.Join(", ", Objectives.SelectMany(o => o.Indicators).Select(i => i.Metric).Distinct())}.");
        }

        return this with
        {
            Objectives = [.. Objectives.Select(o => o with { Indicators = [.. o.Indicators.Select(i => i.Metric == metricId ? change(i) : i)] })],
        };
    }
}
