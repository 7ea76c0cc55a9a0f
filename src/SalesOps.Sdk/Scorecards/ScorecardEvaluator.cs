using System.Collections.Immutable;
using System.Globalization;
using FluentValidation.Results;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Scorecards;

/// <summary>
/// Evaluates a validated <see cref="ScorecardDefinition"/> for a period: scores each indicator, rolls the scores up
/// (objective, perspective, overall), compares with the previous period and checks the strategy map.
/// </summary>
/// <remarks>
/// <para>Roll-up: objective score = Σ weight × score / Σ weight over its indicators that have a score; a perspective
/// is the objective-weighted mean of its objectives that have a score; the overall score is the perspective-weighted
/// mean of the perspectives that have a score. An indicator without a value is left out and reported in
/// <see cref="ScorecardEvaluation.Notes"/>, never counted as zero.</para>
/// <para>Strategy map: an effect objective that is red while all its causes are green is a broken linkage; a cause
/// that is red while its effect is still green is an early warning.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ScorecardEvaluator
{
    private readonly ScoringMethods _methods;

    /// <summary>Creates an evaluator for a definition, after validating it.</summary>
    /// <param name="definition">The scorecard.</param>
    /// <param name="catalog">The metrics (default <see cref="MetricCatalog.Standard"/>).</param>
    /// <param name="scoringMethods">The scoring methods (default <see cref="ScoringMethods.Standard"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ScorecardDefinitionException">The definition is invalid; every problem is listed with its path.</exception>
    public ScorecardEvaluator(ScorecardDefinition definition, MetricCatalog? catalog = null, ScoringMethods? scoringMethods = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Catalog = catalog ?? MetricCatalog.Standard;
        _methods = scoringMethods ?? ScoringMethods.Standard;
        ValidationResult result = new ScorecardDefinitionValidator(Catalog, _methods).Validate(definition);
        if (!result.IsValid)
        {
            throw new ScorecardDefinitionException(definition.Id, result.Errors);
        }

        Definition = definition;
        MetricIds = [.. definition.Objectives.SelectMany(o => o.Indicators).Select(i => i.Metric).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The validated definition.</summary>
    public ScorecardDefinition Definition { get; }

    /// <summary>The metrics the indicators read.</summary>
    public MetricCatalog Catalog { get; }

    /// <summary>The ids of the metrics the scorecard needs, in definition order.</summary>
    public ImmutableArray<string> MetricIds { get; }

    /// <summary>
    /// Evaluates the scorecard on the total of a fact cube for a period (the latest by default), computing the
    /// metrics with the evaluator's catalog.
    /// </summary>
    /// <param name="cube">The facts, aggregated with the definition's calendar and grain.</param>
    /// <param name="period">The period; null for the latest period of the cube.</param>
    /// <param name="cancellationToken">Stops the metric evaluation.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cube"/> is null.</exception>
    /// <exception cref="ArgumentException">The cube's calendar or grain differs from the definition's, the cube is empty, or the period is not in it.</exception>
    public ScorecardEvaluation Evaluate(FactCube cube, ReportingPeriod? period = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cube);
        CheckCalendar(cube);
        MetricResultSet results = new MetricEngine(Catalog).Evaluate(cube.Total(), MetricIds, cancellationToken);
        return EvaluateMetrics(results, period, Segment.Total);
    }

    /// <summary>Evaluates the scorecard on metric results for a period (the latest by default) and segment (the total by default).</summary>
    /// <param name="results">Metric results that include every metric in <see cref="MetricIds"/>.</param>
    /// <param name="period">The period; null for the latest period that has facts for the segment.</param>
    /// <param name="segment">The segment; null for the total.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    /// <exception cref="ArgumentException">The results lack a metric the scorecard needs, their calendar or grain differs from the definition's, there are no facts for the segment, or the period is not in them.</exception>
    public ScorecardEvaluation EvaluateMetrics(MetricResultSet results, ReportingPeriod? period = null, Segment? segment = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        CheckCalendar(results.Cube);
        segment ??= Segment.Total;
        string[] missing = [.. MetricIds.Where(id => !results.Metrics.Any(m => m.Id == id))];
        if (missing.Length > 0)
        {
            throw new ArgumentException($"The metric results lack {string.Join(", ", missing)}, which scorecard '{Definition.Id}' needs; evaluate the metrics in MetricIds.", nameof(results));
        }

        ReportingPeriod[] periods = [.. results.Rows.Where(r => r.Segment.Equals(segment)).Select(r => r.Period)];
        if (periods.Length == 0)
        {
            throw new ArgumentException($"The metric results have no facts for segment '{segment.Label}'.", nameof(segment));
        }

        if (period is null)
        {
            period = periods[^1];
        }
        else if (!periods.Contains(period))
        {
            throw new ArgumentException(
                $"Period {period.Label} is not in the data; its periods: {string.Join(", ", periods.Select(p => p.Label))}.", nameof(period));
        }

        ReportingPeriod previousPeriod = period.Previous();
        Snapshot current = Score(results, period, segment);
        Snapshot? previous = periods.Contains(previousPeriod) ? Score(results, previousPeriod, segment) : null;
        return Build(current, previous, period, previous is null ? null : previousPeriod, segment);
    }

    private void CheckCalendar(FactCube cube)
    {
        if (!cube.Calendar.Equals(Definition.Calendar) || cube.Grain != Definition.Grain)
        {
            throw new ArgumentException(
                $"Scorecard '{Definition.Id}' is set for the {Definition.Calendar.Name} calendar by {Definition.Grain.ToLabel()}, but the facts are by {cube.Grain.ToLabel()} on {cube.Calendar.Name}; aggregate with the definition's calendar and grain (or change them in the definition).",
                nameof(cube));
        }
    }

    private Snapshot Score(MetricResultSet results, ReportingPeriod period, Segment segment)
    {
        var indicators = new Dictionary<(int, int), IndicatorScore>();
        for (int o = 0; o < Definition.Objectives.Length; o++)
        {
            Objective objective = Definition.Objectives[o];
            for (int i = 0; i < objective.Indicators.Length; i++)
            {
                indicators[(o, i)] = ScoreIndicator(objective.Indicators[i], results.Get(period, segment, objective.Indicators[i].Metric), period);
            }
        }

        var objectives = new decimal?[Definition.Objectives.Length];
        for (int o = 0; o < objectives.Length; o++)
        {
            Objective objective = Definition.Objectives[o];
            objectives[o] = WeightedMean(objective.Indicators.Select((indicator, i) => (indicator.Weight, indicators[(o, i)].Score)));
        }

        var perspectives = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (Perspective perspective in Definition.EffectivePerspectives)
        {
            perspectives[perspective.Id] = WeightedMean(Definition.Objectives
                .Select((objective, o) => (objective, o))
                .Where(x => x.objective.Perspective == perspective.Id)
                .Select(x => (x.objective.Weight, objectives[x.o])));
        }

        decimal? overall = WeightedMean(Definition.EffectivePerspectives.Select(p => (p.Weight, perspectives[p.Id])));
        return new Snapshot(indicators, objectives, perspectives, overall);
    }

    private IndicatorScore ScoreIndicator(Indicator indicator, MetricResult? result, ReportingPeriod period)
    {
        MetricDirection direction = indicator.Direction ?? Catalog[indicator.Metric].Definition.Direction;
        if (result is null)
        {
            return new IndicatorScore(null, null, null, $"no facts for {period.Label}");
        }

        if (result.Value is not { } actual)
        {
            return new IndicatorScore(null, null, null, $"no value: {result.Reason}");
        }

        IScoringMethod method = _methods[indicator.Scoring];
        ScoringResult scored;
        try
        {
            scored = method.Score(new ScoringArguments(actual, indicator, direction));
        }
#pragma warning disable CA1031 // A host's scoring method must never take the evaluation down: its failure becomes the note.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new IndicatorScore(actual, null, null, $"scoring method '{indicator.Scoring}' threw {ex.GetType().Name}: {ex.Message}");
        }

        if (scored.Score is < 0 or > 1)
        {
            return new IndicatorScore(actual, null, null, string.Create(CultureInfo.InvariantCulture, $"scoring method '{indicator.Scoring}' gave {scored.Score}, outside [0, 1]"));
        }

        if (scored.Status is { } status && !Enum.IsDefined(status))
        {
            return new IndicatorScore(actual, null, null, $"scoring method '{indicator.Scoring}' gave an undefined status {(int)status}");
        }

        return new IndicatorScore(actual, scored.Score, scored.Status ?? Definition.StatusThresholds.StatusOf(scored.Score), null);
    }

    private static decimal? WeightedMean(IEnumerable<(decimal Weight, decimal? Score)> items)
    {
        decimal weights = 0m;
        decimal sum = 0m;
        foreach ((decimal weight, decimal? score) in items)
        {
            if (score is { } s)
            {
                weights += weight;
                sum += weight * s;
            }
        }

        return weights == 0m ? null : Math.Clamp(sum / weights, 0m, 1m);
    }

    private ScorecardEvaluation Build(Snapshot current, Snapshot? previous, ReportingPeriod period, ReportingPeriod? previousPeriod, Segment segment)
    {
        StatusThresholds thresholds = Definition.StatusThresholds;
        var notes = new List<string>();
        var objectiveEvaluations = new ObjectiveEvaluation[Definition.Objectives.Length];
        for (int o = 0; o < Definition.Objectives.Length; o++)
        {
            Objective objective = Definition.Objectives[o];
            var indicators = ImmutableArray.CreateBuilder<IndicatorEvaluation>(objective.Indicators.Length);
            for (int i = 0; i < objective.Indicators.Length; i++)
            {
                Indicator indicator = objective.Indicators[i];
                IndicatorScore score = current.Indicators[(o, i)];
                if (score.Score is null)
                {
                    notes.Add($"objectives[{o}].indicators[{i}] {indicator.Metric} ({objective.Id}): excluded from the roll-up: {score.Note}");
                }

                indicators.Add(new IndicatorEvaluation
                {
                    Indicator = indicator,
                    Metric = Catalog[indicator.Metric].Definition,
                    ObjectiveId = objective.Id,
                    PerspectiveId = objective.Perspective,
                    Direction = indicator.Direction ?? Catalog[indicator.Metric].Definition.Direction,
                    Actual = score.Actual,
                    Score = score.Score,
                    Status = score.Status,
                    PreviousScore = previous?.Indicators[(o, i)].Score,
                    Note = score.Note,
                });
            }

            decimal? objectiveScore = current.Objectives[o];
            string? objectiveNote = objectiveScore is null ? "no indicator has a score" : null;
            if (objectiveNote is not null)
            {
                notes.Add($"objective {objective.Id}: excluded from perspective {objective.Perspective}: {objectiveNote}");
            }

            objectiveEvaluations[o] = new ObjectiveEvaluation
            {
                Objective = objective,
                Score = objectiveScore,
                Status = objectiveScore is { } s ? thresholds.StatusOf(s) : null,
                PreviousScore = previous?.Objectives[o],
                Note = objectiveNote,
                Indicators = indicators.MoveToImmutable(),
            };
        }

        var perspectives = ImmutableArray.CreateBuilder<PerspectiveEvaluation>();
        foreach (Perspective perspective in Definition.EffectivePerspectives)
        {
            ImmutableArray<ObjectiveEvaluation> objectives = [.. objectiveEvaluations.Where(e => e.Objective.Perspective == perspective.Id)];
            decimal? score = current.Perspectives[perspective.Id];
            string? note = objectives.IsEmpty ? "no objectives" : score is null ? "no objective has a score" : null;
            if (note is not null)
            {
                notes.Add($"perspective {perspective.Id}: excluded from the overall score: {note}");
            }

            perspectives.Add(new PerspectiveEvaluation
            {
                Perspective = perspective,
                Score = score,
                Status = score is { } s ? thresholds.StatusOf(s) : null,
                PreviousScore = previous?.Perspectives[perspective.Id],
                Note = note,
                Objectives = objectives,
            });
        }

        return new ScorecardEvaluation
        {
            Definition = Definition,
            Period = period,
            PreviousPeriod = previousPeriod,
            Segment = segment,
            Score = current.Overall,
            Status = current.Overall is { } overall ? thresholds.StatusOf(overall) : null,
            PreviousScore = previous?.Overall,
            Perspectives = perspectives.ToImmutable(),
            StrategyMapFindings = CheckStrategyMap(objectiveEvaluations),
            Notes = [.. notes],
        };
    }

    private ImmutableArray<StrategyMapFinding> CheckStrategyMap(ObjectiveEvaluation[] objectives)
    {
        var statusOf = objectives.ToDictionary(o => o.Id, o => o.Status, StringComparer.Ordinal);
        var findings = ImmutableArray.CreateBuilder<StrategyMapFinding>();
        foreach (string effect in Definition.StrategyMap.Select(l => l.Effect).Distinct(StringComparer.Ordinal))
        {
            ImmutableArray<string> causes = [.. Definition.StrategyMap.Where(l => l.Effect == effect).Select(l => l.Cause)];
            if (statusOf[effect] == ScoreStatus.Red && causes.All(c => statusOf[c] == ScoreStatus.Green))
            {
                findings.Add(new StrategyMapFinding(
                    StrategyMapFindingKind.BrokenLinkage,
                    effect,
                    causes,
                    $"broken linkage: {effect} is red while all its causes ({string.Join(", ", causes)}) are green"));
            }
        }

        foreach (StrategyLink link in Definition.StrategyMap)
        {
            if (statusOf[link.Cause] == ScoreStatus.Red && statusOf[link.Effect] == ScoreStatus.Green)
            {
                findings.Add(new StrategyMapFinding(
                    StrategyMapFindingKind.EarlyWarning,
                    link.Effect,
                    [link.Cause],
                    $"early warning: {link.Cause} is red while its effect {link.Effect} is still green"));
            }
        }

        return findings.ToImmutable();
    }

    private sealed record IndicatorScore(decimal? Actual, decimal? Score, ScoreStatus? Status, string? Note);

    private sealed record Snapshot(
        Dictionary<(int, int), IndicatorScore> Indicators,
        decimal?[] Objectives,
        Dictionary<string, decimal?> Perspectives,
        decimal? Overall);
}
