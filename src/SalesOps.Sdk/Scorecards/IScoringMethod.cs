namespace SalesOps.Sdk.Scorecards;

/// <summary>
/// A way to turn an indicator's actual value into a score in [0, 1]: the extension point for scoring methods beyond
/// the built-in <c>linear</c>, <c>min_max</c>, <c>bands</c> and <c>binary</c>.
/// </summary>
/// <remarks>
/// Register an implementation with <see cref="ScoringMethods.With"/> (or <c>AddScoringMethod</c> on the DI builder)
/// and name it in <see cref="Indicator.Scoring"/>. <see cref="Score"/> must be thread-safe and free of side effects.
/// An exception it throws, or a score outside [0, 1], leaves the indicator without a score and with a note naming
/// the problem; it never takes the evaluation down.
/// </remarks>
public interface IScoringMethod
{
    /// <summary>The name indicators use in <see cref="Indicator.Scoring"/>, e.g. <c>log_linear</c>.</summary>
    string Name { get; }

    /// <summary>Scores an actual value.</summary>
    /// <param name="arguments">The actual value, the indicator and its effective direction.</param>
    /// <returns>The score in [0, 1], and optionally a status (otherwise the scorecard's thresholds decide).</returns>
    ScoringResult Score(ScoringArguments arguments);
}
