namespace SalesOps.Sdk.Scorecards;

/// <summary>The traffic-light status of a score. In JSON: <c>"green"</c>, <c>"amber"</c>, <c>"red"</c>.</summary>
public enum ScoreStatus
{
    /// <summary>On track: the score is at or above the green threshold.</summary>
    Green,

    /// <summary>Watch: the score is at or above the amber threshold but below green.</summary>
    Amber,

    /// <summary>Off track: the score is below the amber threshold.</summary>
    Red,
}
