using System.Collections.Immutable;

namespace SalesOps.Sdk.Scorecards;

/// <summary>A finding of the strategy-map check of an evaluation.</summary>
/// <remarks>Immutable.</remarks>
public sealed record StrategyMapFinding
{
    internal StrategyMapFinding(StrategyMapFindingKind kind, string effect, ImmutableArray<string> causes, string note)
    {
        Kind = kind;
        Effect = effect;
        Causes = causes;
        Note = note;
    }

    /// <summary>Broken linkage or early warning.</summary>
    public StrategyMapFindingKind Kind { get; }

    /// <summary>The effect objective id.</summary>
    public string Effect { get; }

    /// <summary>The cause objective ids: all causes of the effect (broken linkage) or the one red cause (early warning).</summary>
    public ImmutableArray<string> Causes { get; }

    /// <summary>The finding in a sentence.</summary>
    public string Note { get; }
}
