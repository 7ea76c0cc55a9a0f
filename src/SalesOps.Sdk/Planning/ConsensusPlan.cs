using System.Collections.Immutable;

namespace SalesOps.Sdk.Planning;

/// <summary>A consensus demand plan and how each input did.</summary>
/// <param name="Lines">The consensus units per item × period, ordered by item (ordinal) then period.</param>
/// <param name="Weights">Each source's weight, normalised to sum to 1.</param>
/// <param name="Accuracy">Per source (ordinal order), then the consensus: accuracy and forecast value added; empty without actuals.</param>
public sealed record ConsensusPlan(ImmutableArray<PlanLine> Lines, ImmutableDictionary<string, decimal> Weights, ImmutableArray<SourceAccuracy> Accuracy);
