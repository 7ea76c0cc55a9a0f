using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Scorecards;

/// <summary>
/// Checks a <see cref="ScorecardDefinition"/> against a metric catalog and a set of scoring methods, reporting every
/// problem at once, each with its path in the JSON form (e.g. <c>objectives[2].indicators[0].weight</c>).
/// </summary>
/// <remarks>
/// <para>The checks: id and name present; unique perspective, objective and initiative ids, and no metric twice in
/// one objective; positive weights (perspectives, objectives, indicators); every objective in a known perspective
/// and with at least one indicator; known metric ids and scoring methods; the fields each built-in scoring method
/// needs, in the order the direction requires (linear: baseline ≠ target, baseline below the target for
/// higher-is-better and above it for lower-is-better; min_max: min &lt; max, and min &lt; target &lt; max for
/// target-is-best; bands: thresholds in order for the direction, scores in [0, 1]; binary: a target, or min and max
/// for target-is-best); 0 ≤ amber ≤ green ≤ 1; strategy-map links between known objectives, without duplicates and
/// without a cycle (reported with its path, <c>a -&gt; b -&gt; a</c>); initiatives naming known objectives, with a
/// budget that is not negative.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class ScorecardDefinitionValidator : AbstractValidator<ScorecardDefinition>
{
    /// <summary>Creates a validator for the standard metrics and scoring methods.</summary>
    public ScorecardDefinitionValidator()
        : this(MetricCatalog.Standard, ScoringMethods.Standard)
    {
    }

    /// <summary>Creates a validator for a catalog and a set of scoring methods.</summary>
    /// <param name="catalog">The metrics indicators may name.</param>
    /// <param name="scoringMethods">The scoring methods indicators may name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ScorecardDefinitionValidator(MetricCatalog catalog, ScoringMethods scoringMethods)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(scoringMethods);
        RuleFor(d => d).Custom((definition, context) =>
        {
            foreach (ValidationFailure failure in Check(definition, catalog, scoringMethods))
            {
                context.AddFailure(failure);
            }
        });
    }

    private static List<ValidationFailure> Check(ScorecardDefinition definition, MetricCatalog catalog, ScoringMethods methods)
    {
        var failures = new List<ValidationFailure>();
        void Fail(string path, string message) => failures.Add(new ValidationFailure(path, $"{path}: {message}"));

        if (string.IsNullOrWhiteSpace(definition.Id))
        {
            Fail("id", "a scorecard needs an id");
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            Fail("name", "a scorecard needs a name");
        }

        if (!Enum.IsDefined(definition.Grain))
        {
            Fail("grain", $"{(int)definition.Grain} is not a grain");
        }

        CheckThresholds(definition.StatusThresholds, Fail);

        var perspectiveIds = new HashSet<string>(Perspective.BuiltIn.Select(p => p.Id), StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        for (int p = 0; p < definition.Perspectives.Length; p++)
        {
            Perspective perspective = definition.Perspectives[p];
            string path = Invariant($"perspectives[{p}]");
            if (perspective is null)
            {
                Fail(path, "a perspective is null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(perspective.Id))
            {
                Fail(path + ".id", "a perspective needs an id");
            }
            else if (!listed.Add(perspective.Id))
            {
                Fail(path + ".id", $"perspective id '{perspective.Id}' is listed twice");
            }

            perspectiveIds.Add(perspective.Id ?? string.Empty);
            if (perspective.Weight <= 0)
            {
                Fail(path + ".weight", Invariant($"weight {perspective.Weight} must be positive"));
            }
        }

        var objectiveIds = new HashSet<string>(StringComparer.Ordinal);
        for (int o = 0; o < definition.Objectives.Length; o++)
        {
            Objective objective = definition.Objectives[o];
            string path = Invariant($"objectives[{o}]");
            if (objective is null)
            {
                Fail(path, "an objective is null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(objective.Id))
            {
                Fail(path + ".id", "an objective needs an id");
            }
            else if (!objectiveIds.Add(objective.Id))
            {
                Fail(path + ".id", $"objective id '{objective.Id}' is used twice");
            }

            if (string.IsNullOrWhiteSpace(objective.Name))
            {
                Fail(path + ".name", "an objective needs a name");
            }

            if (objective.Perspective is null || !perspectiveIds.Contains(objective.Perspective))
            {
                Fail(path + ".perspective", $"unknown perspective '{objective.Perspective}'; known perspectives: {string.Join(", ", perspectiveIds)}");
            }

            if (objective.Weight <= 0)
            {
                Fail(path + ".weight", Invariant($"weight {objective.Weight} must be positive"));
            }

            if (objective.Owner is { } owner && !Enum.IsDefined(owner))
            {
                Fail(path + ".owner", $"{(int)owner} is not a business function");
            }

            if (objective.Indicators.IsDefaultOrEmpty)
            {
                Fail(path + ".indicators", "an objective needs at least one indicator");
                continue;
            }

            var metrics = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < objective.Indicators.Length; i++)
            {
                if (objective.Indicators[i] is null)
                {
                    Fail(Invariant($"{path}.indicators[{i}]"), "an indicator is null");
                    continue;
                }

                CheckIndicator(objective.Indicators[i], Invariant($"{path}.indicators[{i}]"), catalog, methods, metrics, Fail);
            }
        }

        CheckStrategyMap(definition, objectiveIds, Fail);
        CheckInitiatives(definition, objectiveIds, Fail);
        return failures;
    }

    private static void CheckThresholds(StatusThresholds? thresholds, Action<string, string> fail)
    {
        if (thresholds is null)
        {
            fail("status_thresholds", "status thresholds are required");
            return;
        }

        if (thresholds.Green is < 0 or > 1)
        {
            fail("status_thresholds.green", Invariant($"{thresholds.Green} is outside [0, 1]"));
        }

        if (thresholds.Amber < 0 || thresholds.Amber > thresholds.Green)
        {
            fail("status_thresholds.amber", Invariant($"{thresholds.Amber} must be in [0, green = {thresholds.Green}]"));
        }
    }

    private static void CheckIndicator(
        Indicator indicator, string path, MetricCatalog catalog, ScoringMethods methods, HashSet<string> metrics, Action<string, string> fail)
    {
        MetricDirection? metricDirection = null;
        if (indicator.Metric is null || !catalog.Contains(indicator.Metric))
        {
            fail(path + ".metric", $"unknown metric '{indicator.Metric}'; see the KPI catalog for the known ids");
        }
        else
        {
            metricDirection = catalog[indicator.Metric].Definition.Direction;
            if (!metrics.Add(indicator.Metric))
            {
                fail(path + ".metric", $"metric '{indicator.Metric}' is measured twice in the objective");
            }
        }

        if (indicator.Weight <= 0)
        {
            fail(path + ".weight", Invariant($"weight {indicator.Weight} must be positive"));
        }

        if (indicator.Direction is { } overridden && !Enum.IsDefined(overridden))
        {
            fail(path + ".direction", $"{(int)overridden} is not a direction");
            return;
        }

        if (indicator.Min is { } lo && indicator.Max is { } hi && lo >= hi)
        {
            fail(path + ".max", Invariant($"max {hi} must be greater than min {lo}"));
        }

        if (indicator.Scoring is null || !methods.Contains(indicator.Scoring))
        {
            fail(path + ".scoring", $"unknown scoring method '{indicator.Scoring}'; known methods: {string.Join(", ", methods.Names)}");
            return;
        }

        // The method's own requirements need the direction; without a known metric only an override gives it.
        if ((indicator.Direction ?? metricDirection) is not { } direction)
        {
            return;
        }

        switch (indicator.Scoring)
        {
            case ScoringMethods.Linear:
                CheckLinear(indicator, path, direction, fail);
                break;
            case ScoringMethods.MinMax:
                CheckMinMax(indicator, path, direction, fail);
                break;
            case ScoringMethods.Bands:
                CheckBands(indicator, path, direction, fail);
                break;
            case ScoringMethods.Binary:
                CheckBinary(indicator, path, direction, fail);
                break;
            default:
                break;
        }
    }

    private static void CheckLinear(Indicator indicator, string path, MetricDirection direction, Action<string, string> fail)
    {
        if (indicator.Baseline is null)
        {
            fail(path + ".baseline", "linear scoring needs a baseline");
        }

        if (indicator.Target is not { } target)
        {
            fail(path + ".target", "linear scoring needs a target");
            return;
        }

        if (indicator.Baseline is not { } b)
        {
            return;
        }

        if (b == target)
        {
            fail(path + ".target", Invariant($"linear scoring needs a target different from the baseline (both {target})"));
        }
        else if (direction == MetricDirection.HigherIsBetter && b > target)
        {
            fail(path + ".baseline", Invariant($"baseline {b} must be below target {target} for a higher-is-better indicator"));
        }
        else if (direction == MetricDirection.LowerIsBetter && b < target)
        {
            fail(path + ".baseline", Invariant($"baseline {b} must be above target {target} for a lower-is-better indicator"));
        }
    }

    private static void CheckMinMax(Indicator indicator, string path, MetricDirection direction, Action<string, string> fail)
    {
        if (indicator.Min is null)
        {
            fail(path + ".min", "min_max scoring needs a min");
        }

        if (indicator.Max is null)
        {
            fail(path + ".max", "min_max scoring needs a max");
        }

        if (direction != MetricDirection.TargetIsBest)
        {
            return;
        }

        if (indicator.Target is not { } target)
        {
            fail(path + ".target", "min_max scoring of a target-is-best indicator needs a target");
        }
        else if (indicator.Min is { } min && indicator.Max is { } max && min < max && (target <= min || target >= max))
        {
            fail(path + ".target", Invariant($"target {target} must lie strictly between min {min} and max {max} for a target-is-best indicator"));
        }
    }

    private static void CheckBands(Indicator indicator, string path, MetricDirection direction, Action<string, string> fail)
    {
        if (indicator.Thresholds.IsDefaultOrEmpty)
        {
            fail(path + ".thresholds", "bands scoring needs at least one threshold");
            return;
        }

        if (direction == MetricDirection.TargetIsBest && indicator.Target is null)
        {
            fail(path + ".target", "bands scoring of a target-is-best indicator needs a target (bands measure the distance from it)");
        }

        for (int k = 0; k < indicator.Thresholds.Length; k++)
        {
            ScoreBand band = indicator.Thresholds[k];
            string bandPath = Invariant($"{path}.thresholds[{k}]");
            if (band is null)
            {
                fail(bandPath, "a threshold is null");
                continue;
            }

            if (band.Score is < 0 or > 1)
            {
                fail(bandPath + ".score", Invariant($"score {band.Score} is outside [0, 1]"));
            }

            if (!Enum.IsDefined(band.Status))
            {
                fail(bandPath + ".status", $"{(int)band.Status} is not a status");
            }

            if (direction == MetricDirection.TargetIsBest && band.At < 0)
            {
                fail(bandPath + ".at", Invariant($"a distance from the target cannot be negative ({band.At})"));
            }

            if (k > 0 && indicator.Thresholds[k - 1] is { } previous)
            {
                bool inOrder = direction == MetricDirection.HigherIsBetter ? band.At < previous.At : band.At > previous.At;
                if (!inOrder)
                {
                    string order = direction == MetricDirection.HigherIsBetter
                        ? "falling (best first) for a higher-is-better indicator"
                        : direction == MetricDirection.LowerIsBetter
                            ? "rising (best first) for a lower-is-better indicator"
                            : "rising distances from the target (best first) for a target-is-best indicator";
                    fail(bandPath + ".at", Invariant($"{band.At} after {previous.At} is out of order: thresholds must be strictly {order}"));
                }
            }
        }
    }

    private static void CheckBinary(Indicator indicator, string path, MetricDirection direction, Action<string, string> fail)
    {
        if (direction == MetricDirection.TargetIsBest)
        {
            if (indicator.Min is null)
            {
                fail(path + ".min", "binary scoring of a target-is-best indicator needs a min (met inside [min, max])");
            }

            if (indicator.Max is null)
            {
                fail(path + ".max", "binary scoring of a target-is-best indicator needs a max (met inside [min, max])");
            }
        }
        else if (indicator.Target is null)
        {
            fail(path + ".target", "binary scoring needs a target");
        }
    }

    private static void CheckStrategyMap(ScorecardDefinition definition, HashSet<string> objectiveIds, Action<string, string> fail)
    {
        var seen = new HashSet<(string, string)>();
        var effects = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (int k = 0; k < definition.StrategyMap.Length; k++)
        {
            StrategyLink link = definition.StrategyMap[k];
            string path = Invariant($"strategy_map[{k}]");
            if (link is null)
            {
                fail(path, "a link is null");
                continue;
            }

            bool known = true;
            if (link.Cause is null || !objectiveIds.Contains(link.Cause))
            {
                fail(path + ".cause", $"unknown objective '{link.Cause}'");
                known = false;
            }

            if (link.Effect is null || !objectiveIds.Contains(link.Effect))
            {
                fail(path + ".effect", $"unknown objective '{link.Effect}'");
                known = false;
            }

            if (!known)
            {
                continue;
            }

            if (!seen.Add((link.Cause!, link.Effect!)))
            {
                fail(path, $"the link {link.Cause} -> {link.Effect} is listed twice");
                continue;
            }

            if (!effects.TryGetValue(link.Cause!, out List<string>? list))
            {
                effects[link.Cause!] = list = [];
            }

            list.Add(link.Effect!);
        }

        if (StrategyMapGraph.FindCycle(effects) is { } cycle)
        {
            fail("strategy_map", $"the links form a cycle: {string.Join(" -> ", cycle)}");
        }
    }

    private static void CheckInitiatives(ScorecardDefinition definition, HashSet<string> objectiveIds, Action<string, string> fail)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int n = 0; n < definition.Initiatives.Length; n++)
        {
            Initiative initiative = definition.Initiatives[n];
            string path = Invariant($"initiatives[{n}]");
            if (initiative is null)
            {
                fail(path, "an initiative is null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(initiative.Id))
            {
                fail(path + ".id", "an initiative needs an id");
            }
            else if (!ids.Add(initiative.Id))
            {
                fail(path + ".id", $"initiative id '{initiative.Id}' is used twice");
            }

            if (string.IsNullOrWhiteSpace(initiative.Name))
            {
                fail(path + ".name", "an initiative needs a name");
            }

            for (int o = 0; !initiative.Objectives.IsDefault && o < initiative.Objectives.Length; o++)
            {
                if (!objectiveIds.Contains(initiative.Objectives[o]))
                {
                    fail(Invariant($"{path}.objectives[{o}]"), $"unknown objective '{initiative.Objectives[o]}'");
                }
            }

            if (initiative.Budget is < 0)
            {
                fail(path + ".budget", Invariant($"budget {initiative.Budget} cannot be negative"));
            }

            if (!Enum.IsDefined(initiative.Status))
            {
                fail(path + ".status", $"{(int)initiative.Status} is not an initiative status");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
