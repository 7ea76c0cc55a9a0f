using System.Collections.Immutable;
using System.Globalization;
using FluentValidation.Results;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Reinvestment;

/// <summary>
/// Chooses which initiatives to fund within the available budget so as to maximise the expected improvement of the
/// KPIs that matter, weighted by confidence (the objective is documented in <c>docs/reinvestment.md</c>).
/// </summary>
/// <remarks>
/// Exact (branch and bound) up to <see cref="ExactLimit"/> candidates; above that a documented greedy heuristic.
/// Deterministic: the same input gives the same plan. Immutable and thread-safe.
/// </remarks>
public sealed class ReinvestmentPlanner
{
    /// <summary>The most candidates planned exactly.</summary>
    public const int ExactLimit = 30;

    private readonly MetricCatalog _catalog;

    /// <summary>Creates a planner over a metric catalog (for KPI units and directions).</summary>
    public ReinvestmentPlanner(MetricCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
    }

    /// <summary>Every problem of a candidate list, each with its path; empty when valid.</summary>
    public ImmutableArray<string> Validate(IReadOnlyList<ReinvestmentInitiative> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var problems = new List<string>();
        if (candidates.Count == 0)
        {
            problems.Add("initiatives: the candidate list is empty");
        }

        var validator = new InitiativeValidator(_catalog);
        for (int i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is null)
            {
                problems.Add($"initiatives[{i}]: is null");
                continue;
            }

            ValidationResult result = validator.Validate(candidates[i]);
            problems.AddRange(result.Errors.Select(e => $"initiatives[{i}].{Path(e.PropertyName)}: {e.ErrorMessage}"));
        }

        foreach (IGrouping<string, int> duplicate in candidates.Select((c, i) => (c, i)).Where(x => x.c is not null)
            .GroupBy(x => x.c.Id, x => x.i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"initiatives[{string.Join(", ", duplicate)}].id: '{duplicate.Key}' is used more than once");
        }

        return [.. problems];
    }

    /// <summary>Plans the budget.</summary>
    /// <param name="budget">The budget (its available part is spent).</param>
    /// <param name="candidates">The candidate initiatives.</param>
    /// <param name="context">Priorities, current values, annual figures.</param>
    /// <exception cref="ReinvestmentValidationException">The candidates are invalid; every problem is listed.</exception>
    public ReinvestmentPlan Plan(ReinvestmentBudget budget, IReadOnlyList<ReinvestmentInitiative> candidates, ReinvestmentContext context)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(context);
        ImmutableArray<string> problems = Validate(candidates);
        if (problems.Length > 0)
        {
            throw new ReinvestmentValidationException(problems);
        }

        decimal available = budget.Available.Amount;
        decimal[] values = [.. candidates.Select(c => Value(c, context))];
        var unfunded = new List<UnfundedInitiative>();
        var eligible = new List<int>();
        for (int i = 0; i < candidates.Count; i++)
        {
            if (values[i] <= 0m)
            {
                unfunded.Add(new UnfundedInitiative(candidates[i], values[i], "no expected improvement of the KPIs that matter"));
            }
            else if (candidates[i].Cost > available)
            {
                unfunded.Add(new UnfundedInitiative(candidates[i], values[i], $"costs {Amount(candidates[i].Cost)}, more than the whole available budget {Amount(available)}"));
            }
            else
            {
                eligible.Add(i);
            }
        }

        // Deterministic order: value density, then value, then id.
        int[] order = [.. eligible
            .OrderByDescending(i => candidates[i].Cost == 0m ? decimal.MaxValue : values[i] / candidates[i].Cost)
            .ThenByDescending(i => values[i])
            .ThenBy(i => candidates[i].Id, StringComparer.Ordinal)];
        bool exact = order.Length <= ExactLimit;
        HashSet<int> chosen = exact
            ? KnapsackSolver.BranchAndBound(order, i => candidates[i].Cost, i => values[i], available)
            : KnapsackSolver.Greedy(order, i => candidates[i].Cost, i => values[i], available);

        decimal spent = 0m;
        var funded = new List<FundedInitiative>();
        foreach (int i in order)
        {
            if (chosen.Contains(i))
            {
                spent += candidates[i].Cost;
                decimal? benefit = AnnualBenefit(candidates[i], context);
                decimal? payback = benefit is > 0m ? candidates[i].MonthsToEffect + (candidates[i].Cost / (benefit.Value / 12m)) : null;
                funded.Add(new FundedInitiative(candidates[i], new Money(candidates[i].Cost, budget.Currency), values[i], benefit, payback));
            }
            else
            {
                unfunded.Add(new UnfundedInitiative(candidates[i], values[i], "does not fit the budget left after higher-value initiatives"));
            }
        }

        return new ReinvestmentPlan
        {
            Budget = budget,
            Funded = [.. funded.OrderByDescending(f => f.Value).ThenBy(f => f.Initiative.Id, StringComparer.Ordinal)],
            Unfunded = [.. unfunded.OrderByDescending(u => u.Value).ThenBy(u => u.Initiative.Id, StringComparer.Ordinal)],
            Remaining = new Money(available - spent, budget.Currency),
            ObjectiveValue = funded.Sum(f => f.Value),
            IsExact = exact,
            ExpectedChanges = ExpectedChanges(funded.Select(f => f.Initiative), context),
        };
    }

    /// <summary>
    /// An initiative's contribution to the objective: Σ over its effects of confidence × KPI weight × improvement,
    /// where improvement is the relative change in the preferred direction, capped to [−1, 1].
    /// </summary>
    public decimal Value(ReinvestmentInitiative initiative, ReinvestmentContext context)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(context);
        decimal total = 0m;
        foreach (KpiEffect effect in initiative.Effects)
        {
            KpiPriority? priority = context.Priorities.FirstOrDefault(p => p.MetricId == effect.MetricId);
            MetricDirection direction = _catalog[effect.MetricId].Definition.Direction;
            int preferred = priority?.PreferredDirection ?? direction switch
            {
                MetricDirection.HigherIsBetter => 1,
                MetricDirection.LowerIsBetter => -1,
                _ => 0,
            };
            decimal weight = priority?.Weight ?? ReinvestmentContext.BackgroundWeight;
            decimal? relative = Relative(effect, context);
            if (relative is not { } r || preferred == 0)
            {
                continue;
            }

            total += initiative.Confidence * weight * Math.Clamp(preferred * r, -1m, 1m);
        }

        return total;
    }

    /// <summary>
    /// The effect as a fraction of the KPI's current value; null (no credit) when the data has no current value for
    /// the KPI, or the value is 0 for an absolute effect — an effect on a KPI nobody measures cannot be counted.
    /// </summary>
    private static decimal? Relative(KpiEffect effect, ReinvestmentContext context)
    {
        if (!context.CurrentValues.TryGetValue(effect.MetricId, out decimal current))
        {
            return null;
        }

        if (effect.Kind == EffectKind.Relative)
        {
            return effect.Change;
        }

        return current != 0m ? effect.Change / Math.Abs(current) : null;
    }

    private static decimal? AnnualBenefit(ReinvestmentInitiative initiative, ReinvestmentContext context)
    {
        decimal benefit = initiative.AnnualBenefit ?? 0m;
        bool any = initiative.AnnualBenefit is not null;
        foreach (KpiEffect effect in initiative.Effects)
        {
            decimal? gain = (effect.MetricId, effect.Kind) switch
            {
                ("revenue", EffectKind.Relative) or ("gross_margin", EffectKind.Relative) => effect.Change * context.AnnualGrossMargin,
                ("gross_margin_rate", EffectKind.Absolute) => effect.Change * context.AnnualRevenue,
                ("operating_cost_ratio", EffectKind.Absolute) or ("promo_intensity", EffectKind.Absolute) => -effect.Change * context.AnnualRevenue,
                _ => null,
            };
            if (gain is { } g)
            {
                benefit += initiative.Confidence * g;
                any = true;
            }
        }

        return any ? benefit : null;
    }

    private static ImmutableArray<ExpectedKpiChange> ExpectedChanges(IEnumerable<ReinvestmentInitiative> funded, ReinvestmentContext context)
    {
        var changes = new SortedDictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (ReinvestmentInitiative initiative in funded)
        {
            foreach (KpiEffect effect in initiative.Effects)
            {
                decimal? current = context.CurrentValues.TryGetValue(effect.MetricId, out decimal c) ? c : null;
                decimal? absolute = effect.Kind == EffectKind.Absolute ? effect.Change : effect.Change * current;
                decimal? expected = initiative.Confidence * absolute;
                changes[effect.MetricId] = changes.TryGetValue(effect.MetricId, out decimal? sum) ? sum + expected : expected;
            }
        }

        return [.. changes.Select(kv =>
        {
            decimal? current = context.CurrentValues.TryGetValue(kv.Key, out decimal c) ? c : null;
            return new ExpectedKpiChange(kv.Key, current, kv.Value, current is { } x && x != 0m ? kv.Value / Math.Abs(x) : null);
        })];
    }

    private static string Path(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length > 0 ? char.ToLowerInvariant(p[0]) + p[1..] : p));

    private static string Amount(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
