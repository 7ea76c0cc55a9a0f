using System.Collections.Immutable;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// What <see cref="StageCostMapping.Map"/> made of a host's cost lines: the stage costs per period, and every account
/// no rule matched (reported, never dropped silently).
/// </summary>
/// <param name="Costs">The mapped costs per period and stage, ready for <see cref="ValueChainAnalyzer.Analyze"/>.</param>
/// <param name="Unmapped">The accounts no rule matched, ordered by account.</param>
/// <param name="MappedTotal">The sum of the mapped lines.</param>
/// <param name="UnmappedTotal">The sum of the unmapped lines.</param>
public sealed record StageCostMappingResult(
    InMemoryStageCostSource Costs,
    ImmutableArray<UnmappedAccount> Unmapped,
    decimal MappedTotal,
    decimal UnmappedTotal)
{
    /// <summary>Whether every line was mapped to a stage.</summary>
    public bool IsComplete => Unmapped.IsEmpty;
}
