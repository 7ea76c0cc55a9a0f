using System.Collections.Immutable;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// Runs the value-chain analysis on a fact cube: stage costs (from <c>cost_&lt;stage&gt;</c> measures or an
/// <see cref="IStageCostSource"/>), shares, cost-to-revenue, cost growth against revenue growth, Porter's margin, stage
/// health from a scorecard evaluation, and the linkages between the sales stage and the operations stages.
/// </summary>
/// <remarks>Immutable and thread-safe. The analysis is over the cube's total (all segments summed) per period.</remarks>
public sealed class ValueChainAnalyzer
{
    private const string RevenueId = "revenue";

    /// <summary>Creates an analyzer.</summary>
    /// <param name="options">The stages, overrides, linkage rules and windows. Default: <see cref="ValueChainOptions.Default"/>.</param>
    /// <param name="catalog">The metrics (for attribution, revenue and the linkage KPIs). Default: <see cref="MetricCatalog.Standard"/>.</param>
    /// <exception cref="ArgumentException">
    /// The options are invalid (every problem with its path, as <see cref="ValueChainOptionsValidator"/> reports them),
    /// or a linkage rule names a metric the catalog does not have.
    /// </exception>
    public ValueChainAnalyzer(ValueChainOptions? options = null, MetricCatalog? catalog = null)
    {
        Options = options ?? ValueChainOptions.Default;
        Catalog = catalog ?? MetricCatalog.Standard;
        ValueChainOptionsValidator.EnsureValid(Options, nameof(options));
        var unknown = new List<string>();
        for (int i = 0; i < Options.Linkages.Length; i++)
        {
            foreach ((string side, LinkageSignal signal) in new[] { ("sales", Options.Linkages[i].Sales), ("operations", Options.Linkages[i].Operations) })
            {
                if (!Catalog.Contains(signal.MetricId))
                {
                    unknown.Add($"linkages[{i}].{side}.metricId '{signal.MetricId}' is not a metric of the catalog.");
                }
            }
        }

        if (unknown.Count > 0)
        {
            throw new ArgumentException("Invalid value-chain options: " + string.Join(" ", unknown), nameof(options));
        }
    }

    /// <summary>The options.</summary>
    public ValueChainOptions Options { get; }

    /// <summary>The metric catalog.</summary>
    public MetricCatalog Catalog { get; }

    /// <summary>Analyses the value chain of the facts.</summary>
    /// <param name="cube">The facts; analysed as their total per period.</param>
    /// <param name="costs">
    /// Where the stage costs come from. Null (default): the <c>cost_&lt;stage&gt;</c> measures of the facts. A stage
    /// without a figure has its cost reported as not available, never 0.
    /// </param>
    /// <param name="health">
    /// The scored KPIs of a scorecard evaluation, for the stage health; null when there is none (health is then not
    /// available). Inputs of metrics without a stage in the model count towards no stage.
    /// </param>
    /// <param name="cancellationToken">Stops the metric evaluation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cube"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A health input has a blank or repeated metric id, a metric unknown to the catalog and the overrides, or a negative weight.
    /// </exception>
    public ValueChainAnalysis Analyze(
        FactCube cube,
        IStageCostSource? costs = null,
        IEnumerable<StageHealthInput>? health = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ImmutableArray<StageHealthInput>? healthInputs = health is null ? null : [.. health];
        if (healthInputs is { } inputs)
        {
            ValidateHealth(inputs, nameof(health));
        }

        FactCube total = cube.Total();
        string[] metricIds = [.. new[] { RevenueId }
            .Concat(Options.Linkages.SelectMany(l => new[] { l.Sales.MetricId, l.Operations.MetricId }))
            .Where(Catalog.Contains)
            .Distinct(StringComparer.Ordinal)];
        MetricResultSet results = new MetricEngine(Catalog).Evaluate(total, metricIds, cancellationToken);

        (ImmutableDictionary<string, ImmutableArray<string>> byStage, ImmutableArray<string> unattributed) = Attribute();
        return new ValueChainAnalysis(
            Options,
            cube.Calendar,
            cube.Grain,
            CostPeriods(total, results, costs),
            Health(healthInputs),
            Linkages(results),
            byStage,
            unattributed);
    }

    private (ImmutableDictionary<string, ImmutableArray<string>>, ImmutableArray<string>) Attribute()
    {
        var byStage = Options.Stages.ToDictionary(s => s.Id, _ => new List<string>(), StringComparer.Ordinal);
        var unattributed = new List<string>();
        foreach (MetricDefinition definition in Catalog.Definitions)
        {
            if (Options.StageOf(definition) is { } stage)
            {
                byStage[stage].Add(definition.Id);
            }
            else
            {
                unattributed.Add(definition.Id);
            }
        }

        return (
            byStage.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
            [.. unattributed.Order(StringComparer.Ordinal)]);
    }

    // ---- Costs and margin ----
    private ImmutableArray<ValueChainPeriod> CostPeriods(FactCube total, MetricResultSet results, IStageCostSource? costs)
    {
        var periods = ImmutableArray.CreateBuilder<ValueChainPeriod>(total.Periods.Length);
        ValueChainPeriod? previous = null;
        foreach (ReportingPeriod period in total.Periods)
        {
            FactCell cell = total.GetCell(period, Segment.Total)!;
            MetricValue revenue = Revenue(results, period);
            MetricValue revenueGrowth = Growth(RevenueId, revenue, previous?.Revenue, previous?.Period);
            MetricValue[] stageCosts = [.. Options.Stages.Select(stage => Cost(stage, period, cell, costs))];

            string[] missing = [.. Options.Stages.Where((_, i) => !stageCosts[i].IsAvailable).Select(s => s.Id)];
            MetricInput[] costInputs = [.. Options.Stages.Select((s, i) => new MetricInput(s.CostMeasureId, stageCosts[i].Value))];
            MetricValue totalCost = missing.Length == 0
                ? MetricValue.Of(stageCosts.Sum(c => c.Value!.Value), costInputs)
                : MetricValue.NotAvailable($"the cost of {Stages(missing)} is not available", costInputs);
            MetricValue margin = Difference("revenue", revenue, "total_cost", totalCost);
            MetricValue marginRate = Ratio("margin", margin, "revenue", revenue);

            var stages = ImmutableArray.CreateBuilder<StagePeriodCost>(Options.Stages.Length);
            for (int i = 0; i < Options.Stages.Length; i++)
            {
                string id = Options.Stages[i].CostMeasureId;
                MetricValue cost = stageCosts[i];
                MetricValue costGrowth = Growth(id, cost, previous?.Stages[i].Cost, previous?.Period);
                stages.Add(new StagePeriodCost(
                    Options.Stages[i].Id,
                    cost,
                    Ratio(id, cost, "total_cost", totalCost),
                    Ratio(id, cost, "revenue", revenue),
                    costGrowth,
                    Difference("cost_growth", costGrowth, "revenue_growth", revenueGrowth)));
            }

            previous = new ValueChainPeriod(period, revenue, revenueGrowth, totalCost, margin, marginRate, stages.MoveToImmutable());
            periods.Add(previous);
        }

        return periods.MoveToImmutable();
    }

    private MetricValue Revenue(MetricResultSet results, ReportingPeriod period)
    {
        if (!Catalog.Contains(RevenueId))
        {
            return MetricValue.NotAvailable("the metric catalog has no 'revenue' metric");
        }

        MetricResult result = results.Get(period, Segment.Total, RevenueId)!;
        return result.Value is { } v ? MetricValue.Of(v, [.. result.Inputs]) : MetricValue.NotAvailable(result.Reason!, [.. result.Inputs]);
    }

    private static MetricValue Cost(ValueChainStage stage, ReportingPeriod period, FactCell cell, IStageCostSource? costs)
    {
        if (costs is not null)
        {
            return costs.GetCost(period, stage.Id) is { } hostCost
                ? MetricValue.Of(hostCost)
                : MetricValue.NotAvailable($"the cost source has no cost for stage '{stage.Id}' in {period.Label}");
        }

        return cell.GetValue(stage.CostMeasureId) is { } factCost
            ? MetricValue.Of(factCost, new MetricInput(stage.CostMeasureId, factCost))
            : MetricValue.NotAvailable($"the facts have no {stage.CostMeasureId} column");
    }

    private static MetricValue Growth(string name, MetricValue current, MetricValue? before, ReportingPeriod? previousPeriod)
    {
        if (previousPeriod is null || before is not { } previous)
        {
            return MetricValue.NotAvailable("no previous period in the analysis");
        }

        MetricInput[] inputs = [new(name, current.Value), new($"{name}[{previousPeriod.Label}]", previous.Value)];
        if (current.Value is not { } now)
        {
            return MetricValue.NotAvailable($"{name} is not available: {current.Reason}", inputs);
        }

        if (previous.Value is not { } then)
        {
            return MetricValue.NotAvailable($"{name} of {previousPeriod.Label} is not available: {previous.Reason}", inputs);
        }

        return then == 0m
            ? MetricValue.NotAvailable($"division by zero: {name} of {previousPeriod.Label} is 0", inputs)
            : MetricValue.Of((now / then) - 1m, inputs);
    }

    private static MetricValue Ratio(string numeratorName, MetricValue numerator, string denominatorName, MetricValue denominator)
    {
        MetricInput[] inputs = [new(numeratorName, numerator.Value), new(denominatorName, denominator.Value)];
        if (numerator.Value is not { } n)
        {
            return MetricValue.NotAvailable($"{numeratorName} is not available: {numerator.Reason}", inputs);
        }

        if (denominator.Value is not { } d)
        {
            return MetricValue.NotAvailable($"{denominatorName} is not available: {denominator.Reason}", inputs);
        }

        return d == 0m ? MetricValue.NotAvailable($"division by zero: {denominatorName} is 0", inputs) : MetricValue.Of(n / d, inputs);
    }

    private static MetricValue Difference(string leftName, MetricValue left, string rightName, MetricValue right)
    {
        MetricInput[] inputs = [new(leftName, left.Value), new(rightName, right.Value)];
        if (left.Value is not { } a)
        {
            return MetricValue.NotAvailable($"{leftName} is not available: {left.Reason}", inputs);
        }

        return right.Value is { } b
            ? MetricValue.Of(a - b, inputs)
            : MetricValue.NotAvailable($"{rightName} is not available: {right.Reason}", inputs);
    }

    private static string Stages(string[] ids) =>
        ids.Length == 1 ? $"stage {ids[0]}" : $"stages {string.Join(", ", ids)}";

    // ---- Stage health ----
    private void ValidateHealth(ImmutableArray<StageHealthInput> inputs, string parameterName)
    {
        var problems = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < inputs.Length; i++)
        {
            StageHealthInput input = inputs[i];
            string path = $"health[{i}]";
            if (string.IsNullOrWhiteSpace(input.MetricId))
            {
                problems.Add($"{path}.metricId is blank.");
                continue;
            }

            if (!seen.TryAdd(input.MetricId, i))
            {
                problems.Add($"{path}.metricId '{input.MetricId}' repeats health[{seen[input.MetricId]}].");
            }

            if (!Catalog.Contains(input.MetricId) && !Options.MetricStages.ContainsKey(input.MetricId))
            {
                problems.Add($"{path}.metricId '{input.MetricId}' is neither a metric of the catalog nor in the options' metric stages.");
            }

            if (input.Weight < 0m)
            {
                problems.Add($"{path}.weight {input.Weight} is negative.");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid stage health input: " + string.Join(" ", problems), parameterName);
        }
    }

    private ImmutableArray<StageHealth> Health(ImmutableArray<StageHealthInput>? inputs)
    {
        var health = ImmutableArray.CreateBuilder<StageHealth>(Options.Stages.Length);
        foreach (ValueChainStage stage in Options.Stages)
        {
            if (inputs is not { } all)
            {
                health.Add(new StageHealth(stage.Id, MetricValue.NotAvailable("no scorecard evaluation was given"), []));
                continue;
            }

            ImmutableArray<StageHealthInput> mine = [.. all.Where(i => StageOf(i.MetricId) == stage.Id)];
            MetricInput[] used = [.. mine.Select(i => new MetricInput($"{i.MetricId} × {i.Weight}", i.Score))];
            decimal weights = mine.Sum(i => i.Weight);
            MetricValue score = mine.IsEmpty
                ? MetricValue.NotAvailable($"the scorecard evaluation scores no KPI of stage {stage.Id}")
                : weights == 0m
                    ? MetricValue.NotAvailable($"the weights of stage {stage.Id}'s KPIs sum to 0", used)
                    : MetricValue.Of(mine.Sum(i => i.Weight * i.Score) / weights, used);
            health.Add(new StageHealth(stage.Id, score, mine));
        }

        return health.MoveToImmutable();
    }

    private string? StageOf(string metricId) =>
        Catalog.Contains(metricId)
            ? Options.StageOf(Catalog[metricId].Definition)
            : Options.MetricStages.GetValueOrDefault(metricId);

    // ---- Linkages ----
    private ImmutableArray<StageLinkage> Linkages(MetricResultSet results)
    {
        ImmutableArray<ReportingPeriod> periods = results.Periods;
        int n = periods.Length;
        int later = Options.LaterWindow ?? n / 2;
        int earlier = Options.EarlierWindow ?? n / 2;
        string? windowProblem = n < 2
            ? $"the linkage analysis compares an earlier with a later window and needs at least 2 periods; the data has {n}"
            : earlier + later > n
                ? $"the windows need {earlier} earlier and {later} later periods; the data has {n}"
                : null;
        ImmutableArray<ReportingPeriod> earlierPeriods = windowProblem is null ? periods.Slice(n - later - earlier, earlier) : [];
        ImmutableArray<ReportingPeriod> laterPeriods = windowProblem is null ? periods.Slice(n - later, later) : [];
        string windows = windowProblem is null ? $"{Span(earlierPeriods)} vs {Span(laterPeriods)}" : string.Empty;

        var linkages = ImmutableArray.CreateBuilder<StageLinkage>(Options.Linkages.Length);
        foreach (LinkageRule rule in Options.Linkages)
        {
            LinkageEvidence sales = Evidence(rule.Sales, results, earlierPeriods, laterPeriods, windowProblem);
            LinkageEvidence operations = Evidence(rule.Operations, results, earlierPeriods, laterPeriods, windowProblem);
            (LinkageStatus status, string summary) = (sales.Change, operations.Change) switch
            {
                (null, _) or (_, null) => (LinkageStatus.NotAvailable, $"not available: {sales.Reason ?? operations.Reason}"),
                _ when sales.Moved && operations.Moved => (LinkageStatus.Strained, $"strained: {sales} while {operations}; {windows}"),
                _ => (LinkageStatus.NotStrained, $"not strained: {sales}; {operations}; {windows}"),
            };
            linkages.Add(new StageLinkage(rule, status, sales, operations, earlierPeriods, laterPeriods, summary));
        }

        return linkages.MoveToImmutable();
    }

    private LinkageEvidence Evidence(
        LinkageSignal signal,
        MetricResultSet results,
        ImmutableArray<ReportingPeriod> earlier,
        ImmutableArray<ReportingPeriod> later,
        string? windowProblem)
    {
        string? stage = Options.StageOf(Catalog[signal.MetricId].Definition);
        if (windowProblem is not null)
        {
            return new LinkageEvidence(signal, stage, null, null, null, false, windowProblem);
        }

        (decimal? before, string? beforeReason) = Mean(signal.MetricId, results, earlier);
        (decimal? after, string? afterReason) = Mean(signal.MetricId, results, later);
        if (before is not { } b || after is not { } a)
        {
            return new LinkageEvidence(signal, stage, before, after, null, false, beforeReason ?? afterReason);
        }

        if (signal.Basis == ChangeBasis.Relative && b == 0m)
        {
            return new LinkageEvidence(signal, stage, b, a, null, false, $"the relative change of {signal.MetricId} from 0 is not defined");
        }

        decimal change = signal.Basis == ChangeBasis.Relative ? (a / b) - 1m : a - b;
        bool moved = signal.Direction == SignalDirection.Rising ? change >= signal.Threshold : change <= -signal.Threshold;
        return new LinkageEvidence(signal, stage, b, a, change, moved, null);
    }

    private static (decimal? Mean, string? Reason) Mean(string metricId, MetricResultSet results, ImmutableArray<ReportingPeriod> window)
    {
        MetricResult[] values = [.. window.Select(p => results.Get(p, Segment.Total, metricId)!)];
        decimal[] available = [.. values.Where(v => v.IsAvailable).Select(v => v.Value!.Value)];
        return available.Length == 0
            ? (null, $"{metricId} is not available in {Span(window)}: {values[0].Reason}")
            : (available.Sum() / available.Length, null);
    }

    private static string Span(ImmutableArray<ReportingPeriod> window) =>
        window.Length == 1 ? window[0].Label : $"{window[0].Label}…{window[^1].Label}";
}
