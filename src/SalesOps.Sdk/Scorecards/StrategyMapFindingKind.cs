namespace SalesOps.Sdk.Scorecards;

/// <summary>What a strategy-map check found.</summary>
public enum StrategyMapFindingKind
{
    /// <summary>An effect objective is red while all its causes are green: the assumed cause-and-effect link does not hold (or something else drives the effect).</summary>
    BrokenLinkage,

    /// <summary>A cause objective is red while its effect is still green: the effect is likely to follow.</summary>
    EarlyWarning,
}
