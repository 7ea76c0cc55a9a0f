using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Scorecards;

/// <summary>
/// The score thresholds that turn a score in [0, 1] into a <see cref="ScoreStatus"/>: green at or above
/// <see cref="Green"/>, amber at or above <see cref="Amber"/>, red below.
/// </summary>
/// <remarks>
/// Immutable. The defaults (<see cref="Default"/>) are green ≥ 0.8 and amber ≥ 0.5. Valid thresholds satisfy
/// 0 ≤ amber ≤ green ≤ 1 (checked by <see cref="ScorecardDefinitionValidator"/>).
/// </remarks>
public sealed record StatusThresholds
{
    /// <summary>Green ≥ 0.8, amber ≥ 0.5, red below 0.5.</summary>
    public static StatusThresholds Default { get; } = new();

    /// <summary>The lowest green score (default 0.8).</summary>
    [JsonPropertyName("green")]
    public decimal Green { get; init; } = 0.8m;

    /// <summary>The lowest amber score (default 0.5).</summary>
    [JsonPropertyName("amber")]
    public decimal Amber { get; init; } = 0.5m;

    /// <summary>The status of a score.</summary>
    /// <param name="score">A score in [0, 1].</param>
    /// <returns>Green, amber or red.</returns>
    public ScoreStatus StatusOf(decimal score) =>
        score >= Green ? ScoreStatus.Green : score >= Amber ? ScoreStatus.Amber : ScoreStatus.Red;
}
