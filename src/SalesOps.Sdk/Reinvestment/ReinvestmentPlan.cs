using System.Collections.Immutable;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Reinvestment;

/// <summary>The plan: which initiatives the budget funds, which it does not and why, and what it should change.</summary>
public sealed record ReinvestmentPlan
{
    /// <summary>The budget planned against.</summary>
    public required ReinvestmentBudget Budget { get; init; }

    /// <summary>The funded initiatives, highest value first.</summary>
    public ImmutableArray<FundedInitiative> Funded { get; init; } = [];

    /// <summary>The initiatives left out, with reasons.</summary>
    public ImmutableArray<UnfundedInitiative> Unfunded { get; init; } = [];

    /// <summary>What is left of the available budget.</summary>
    public required Money Remaining { get; init; }

    /// <summary>The objective value reached: Σ of the funded initiatives' values.</summary>
    public decimal ObjectiveValue { get; init; }

    /// <summary>Whether the selection is the proven optimum (branch and bound) or the heuristic's (above <see cref="ReinvestmentPlanner.ExactLimit"/> candidates).</summary>
    public bool IsExact { get; init; }

    /// <summary>The expected KPI changes from the funded initiatives.</summary>
    public ImmutableArray<ExpectedKpiChange> ExpectedChanges { get; init; } = [];
}
