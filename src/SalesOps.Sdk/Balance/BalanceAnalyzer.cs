using System.Collections.Immutable;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Balance;

/// <summary>
/// Diagnoses the balance between selling and operating from a fact cube: compares the recent half of the periods
/// with the earlier half, scores sales momentum and operational health, and runs the rules.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BalanceAnalyzer
{
    /// <summary>Creates an analyzer.</summary>
    /// <param name="engine">The metric engine (its catalog must hold the KPIs the indicators and rules use).</param>
    /// <param name="options">The indicators, thresholds and rules; <see cref="BalanceOptions.Default"/> when null.</param>
    public BalanceAnalyzer(MetricEngine engine, BalanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        Options = options ?? BalanceOptions.Default;
        if (Options.MinimumPeriods < 4)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.MinimumPeriods, "MinimumPeriods should be at least 4 (two earlier and two recent periods).");
        }
    }

    /// <summary>The metric engine.</summary>
    public MetricEngine Engine { get; }

    /// <summary>The options.</summary>
    public BalanceOptions Options { get; }

    /// <summary>Diagnoses the whole business (all segments summed) of a cube.</summary>
    /// <param name="cube">The facts, at the grain to compare (e.g. months).</param>
    /// <param name="declared">The declared orientation; <see cref="StrategicOrientation.Balanced"/> when null.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    public BalanceDiagnosis Diagnose(FactCube cube, StrategicOrientation? declared = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cube);
        declared ??= StrategicOrientation.Balanced;
        FactCube total = cube.Total();
        MetricResultSet results = Engine.Evaluate(total, null, cancellationToken);
        ImmutableArray<ReportingPeriod> periods = total.Periods;
        var notes = new List<string>();
        if (periods.Length < Options.MinimumPeriods)
        {
            notes.Add($"insufficient history: {periods.Length} period(s) with data, at least {Options.MinimumPeriods} are needed to compare recent with earlier periods; no findings are drawn.");
            return new BalanceDiagnosis { Declared = declared, Notes = [.. notes] };
        }

        int half = periods.Length / 2;
        ImmutableArray<ReportingPeriod> earlier = periods[..half];
        ImmutableArray<ReportingPeriod> later = periods[half..];
        var probe = new BalanceRuleContext(results, Engine.Catalog, earlier, later, Options.Thresholds, null, null);

        (decimal? s, ImmutableArray<IndicatorScore> salesScores) = Score(Options.SalesIndicators, probe, "sales momentum", notes);
        (decimal? o, ImmutableArray<IndicatorScore> opsScores) = Score(Options.OperationsIndicators, probe, "operational health", notes);
        decimal? index = s is { } sv && o is { } ov ? sv - ov : null;
        decimal? synergy = s is { } a && o is { } b ? (decimal)Math.Sqrt((double)(a * b)) : null;
        MeasuredOrientation? measured = index switch
        {
            null => null,
            { } i when i > Options.BalancedBand => MeasuredOrientation.SalesLed,
            { } i when i < -Options.BalancedBand => MeasuredOrientation.OperationsLed,
            _ => MeasuredOrientation.Balanced,
        };

        var context = new BalanceRuleContext(results, Engine.Catalog, earlier, later, Options.Thresholds, s, o);
        var findings = new List<BalanceFinding>();
        foreach (IBalanceRule rule in Options.Rules)
        {
            try
            {
                findings.AddRange(rule.Evaluate(context));
            }
#pragma warning disable CA1031 // A host rule must not take the diagnosis down; its failure becomes a note.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                notes.Add($"rule '{rule.Id}' failed: {ex.GetType().Name}: {ex.Message}");
            }
        }

        return new BalanceDiagnosis
        {
            Declared = declared,
            Measured = measured,
            Gap = index - declared.TargetTilt,
            BalanceIndex = index,
            SalesMomentum = s,
            OperationalHealth = o,
            Synergy = synergy,
            SalesIndicators = salesScores,
            OperationsIndicators = opsScores,
            EarlierPeriods = earlier,
            LaterPeriods = later,
            Findings = [.. findings.OrderByDescending(f => f.Severity)],
            Notes = [.. notes],
        };
    }

    /// <summary>
    /// The default timeline window for a grain: 6 months (3 against 3), 12 weeks, 4 quarters or years; days use 14.
    /// </summary>
    public static int TimelineWindow(PeriodGrain grain) => grain switch
    {
        PeriodGrain.Day => 14,
        PeriodGrain.Week => 12,
        PeriodGrain.Month => 6,
        _ => 4,
    };

    /// <summary>
    /// Sales momentum and operational health over time. For each period the diagnosis runs on a rolling window — the
    /// last <paramref name="window"/> periods up to and including it, at least <see cref="BalanceOptions.MinimumPeriods"/>
    /// (so the first points come from a shorter, growing window) — comparing the window's recent half with its earlier
    /// half exactly as <see cref="Diagnose"/> does for the whole history. Periods with too little history before them
    /// have no point.
    /// </summary>
    /// <param name="cube">The facts (all segments are summed).</param>
    /// <param name="declared">The declared orientation; balanced when null.</param>
    /// <param name="window">Periods per window; <see cref="TimelineWindow"/> of the cube's grain when null.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    public ImmutableArray<BalancePoint> Timeline(
        FactCube cube, StrategicOrientation? declared = null, int? window = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cube);
        FactCube total = cube.Total();
        ImmutableArray<ReportingPeriod> periods = total.Periods;
        int minimum = Options.MinimumPeriods;
        int size = Math.Max(window ?? TimelineWindow(cube.Grain), minimum);
        var points = ImmutableArray.CreateBuilder<BalancePoint>();
        for (int t = minimum - 1; t < periods.Length; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = Math.Max(0, t - size + 1);
            BalanceDiagnosis diagnosis = Diagnose(total.Slice(periods[first], periods[t]), declared, cancellationToken);
            points.Add(new BalancePoint(
                periods[t],
                diagnosis.SalesMomentum,
                diagnosis.OperationalHealth,
                diagnosis.BalanceIndex,
                [.. diagnosis.Findings.Select(f => f.Id)]));
        }

        return points.ToImmutable();
    }

    private static (decimal? Score, ImmutableArray<IndicatorScore> Indicators) Score(
        ImmutableArray<BalanceIndicator> indicators, BalanceRuleContext context, string side, List<string> notes)
    {
        var scores = new List<IndicatorScore>();
        decimal weighted = 0m;
        decimal weights = 0m;
        foreach (BalanceIndicator indicator in indicators)
        {
            MetricComparison comparison = context.Compare(indicator.MetricId);
            decimal? value = indicator.Basis == IndicatorBasis.Level ? comparison.After : comparison.RelativeChange;
            if (value is not { } v)
            {
                string why = indicator.Basis == IndicatorBasis.Level
                    ? $"{indicator.MetricId} is not available in the recent periods"
                    : $"{indicator.MetricId} has no earlier and recent values to compare";
                scores.Add(new IndicatorScore(indicator.MetricId, indicator.Basis, null, null, indicator.Weight, why));
                continue;
            }

            decimal score = indicator.Score(v);
            weighted += indicator.Weight * score;
            weights += indicator.Weight;
            scores.Add(new IndicatorScore(indicator.MetricId, indicator.Basis, v, score, indicator.Weight, indicator.Normalisation));
        }

        if (weights == 0m)
        {
            notes.Add($"{side} is not available: none of its KPIs ({string.Join(", ", indicators.Select(i => i.MetricId))}) has data.");
            return (null, [.. scores]);
        }

        return (weighted / weights, [.. scores]);
    }
}
