using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Scorecards;

/// <summary>An initiative: a funded project meant to move one or more objectives.</summary>
/// <remarks>Immutable. Initiatives are carried by the definition and reported; they do not change scores.</remarks>
public sealed record Initiative
{
    /// <summary>The unique id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The ids of the objectives it supports.</summary>
    [JsonPropertyName("objectives")]
    public ImmutableArray<string> Objectives { get; init; } = [];

    /// <summary>The budget in the reporting currency, if any (not negative).</summary>
    [JsonPropertyName("budget")]
    public decimal? Budget { get; init; }

    /// <summary>Where it stands (default planned).</summary>
    [JsonPropertyName("status")]
    public InitiativeStatus Status { get; init; } = InitiativeStatus.Planned;
}
