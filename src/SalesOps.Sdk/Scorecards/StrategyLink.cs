using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Scorecards;

/// <summary>A cause-and-effect link of the strategy map: improving <see cref="Cause"/> should improve <see cref="Effect"/>.</summary>
/// <remarks>Immutable. Both are objective ids; the links of a definition must form no cycle.</remarks>
public sealed record StrategyLink
{
    /// <summary>The id of the cause objective.</summary>
    [JsonPropertyName("cause")]
    public required string Cause { get; init; }

    /// <summary>The id of the effect objective.</summary>
    [JsonPropertyName("effect")]
    public required string Effect { get; init; }
}
