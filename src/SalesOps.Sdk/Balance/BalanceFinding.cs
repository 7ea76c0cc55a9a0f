using System.Collections.Immutable;

namespace SalesOps.Sdk.Balance;

/// <summary>A diagnosis finding: a trap, friction or a healthy pattern, with its evidence and the levers to pull.</summary>
/// <param name="Id">The rule id, e.g. <c>sales_driven_trap</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Title">A one-line title.</param>
/// <param name="Narrative">What is happening, in plain language.</param>
/// <param name="Evidence">The KPI movements behind it.</param>
/// <param name="Recommendations">Recommended levers.</param>
/// <param name="Stages">The value-chain stages involved.</param>
public sealed record BalanceFinding(
    string Id,
    FindingSeverity Severity,
    string Title,
    string Narrative,
    ImmutableArray<FindingEvidence> Evidence,
    ImmutableArray<string> Recommendations,
    ImmutableArray<string> Stages);
