using System.Collections.Immutable;
using System.Text.Json.Serialization;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Scorecards;

/// <summary>A strategic objective of one perspective, measured by weighted indicators.</summary>
/// <remarks>Immutable.</remarks>
public sealed record Objective
{
    /// <summary>The unique id (referenced by strategy-map links and initiatives).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The perspective id.</summary>
    [JsonPropertyName("perspective")]
    public required string Perspective { get; init; }

    /// <summary>The weight within the perspective (positive; default 1).</summary>
    [JsonPropertyName("weight")]
    public decimal Weight { get; init; } = 1m;

    /// <summary>The function that answers for the objective, if named.</summary>
    [JsonPropertyName("owner")]
    public BusinessFunction? Owner { get; init; }

    /// <summary>The indicators (at least one).</summary>
    [JsonPropertyName("indicators")]
    public ImmutableArray<Indicator> Indicators { get; init; } = [];
}
