using SalesOps.Sdk.Scorecards;

namespace SalesOps.Sdk.Tests.Scorecards;

/// <summary>A custom scoring method that always gives 0.5.</summary>
internal sealed class HalfScoring : IScoringMethod
{
    public string Name => "half";

    public ScoringResult Score(ScoringArguments arguments) => new(0.5m);
}

/// <summary>A custom scoring method that always throws.</summary>
internal sealed class ThrowingScoring : IScoringMethod
{
    public string Name => "throws";

    public ScoringResult Score(ScoringArguments arguments) => throw new InvalidOperationException("boom in the host method");
}

/// <summary>A custom scoring method that gives a score outside [0, 1].</summary>
internal sealed class OutOfRangeScoring : IScoringMethod
{
    public string Name => "too_high";

    public ScoringResult Score(ScoringArguments arguments) => new(1.5m);
}

/// <summary>A custom scoring method with a blank name.</summary>
internal sealed class BlankNameScoring : IScoringMethod
{
    public string Name => " ";

    public ScoringResult Score(ScoringArguments arguments) => new(0m);
}
