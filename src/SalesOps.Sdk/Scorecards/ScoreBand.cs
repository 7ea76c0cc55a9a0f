using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Scorecards;

/// <summary>
/// One threshold rule of the <c>bands</c> scoring method: when the actual value reaches <see cref="At"/>, the
/// indicator scores <see cref="Score"/> with <see cref="Status"/>.
/// </summary>
/// <remarks>
/// Immutable. "Reaches" depends on the indicator's direction: higher-is-better matches <c>actual ≥ at</c> (bands
/// listed with <c>at</c> falling), lower-is-better matches <c>actual ≤ at</c> (bands listed with <c>at</c> rising),
/// target-is-best matches <c>|actual − target| ≤ at</c> (rising). The first matching band wins; when none matches the
/// score is 0 and the status red.
/// </remarks>
public sealed record ScoreBand
{
    /// <summary>The threshold value (for target-is-best: the largest distance from the target).</summary>
    [JsonPropertyName("at")]
    public required decimal At { get; init; }

    /// <summary>The score in [0, 1] the band gives.</summary>
    [JsonPropertyName("score")]
    public required decimal Score { get; init; }

    /// <summary>The status the band gives.</summary>
    [JsonPropertyName("status")]
    public required ScoreStatus Status { get; init; }
}
