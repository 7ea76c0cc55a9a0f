using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Scorecards;

/// <summary>
/// A balanced-scorecard perspective: one of the four built in (<c>financial</c>, <c>customer</c>,
/// <c>internal_process</c>, <c>learning_growth</c>) or one a host adds, with its weight in the overall score.
/// </summary>
/// <remarks>
/// Immutable. A scorecard always has the four built-in perspectives (weight 1 unless the definition lists them with
/// another weight or name); listing a new id in <see cref="ScorecardDefinition.Perspectives"/> adds a perspective.
/// </remarks>
public sealed record Perspective
{
    /// <summary>The id of the financial perspective.</summary>
    public const string FinancialId = "financial";

    /// <summary>The id of the customer perspective.</summary>
    public const string CustomerId = "customer";

    /// <summary>The id of the internal-process perspective.</summary>
    public const string InternalProcessId = "internal_process";

    /// <summary>The id of the learning-and-growth perspective.</summary>
    public const string LearningGrowthId = "learning_growth";

    /// <summary>The financial perspective: how shareholders see the business.</summary>
    public static Perspective Financial { get; } = new() { Id = FinancialId, Name = "Financial" };

    /// <summary>The customer perspective: how customers see the business.</summary>
    public static Perspective Customer { get; } = new() { Id = CustomerId, Name = "Customer" };

    /// <summary>The internal-process perspective: what the business must excel at.</summary>
    public static Perspective InternalProcess { get; } = new() { Id = InternalProcessId, Name = "Internal process" };

    /// <summary>The learning-and-growth perspective: people, skills and systems.</summary>
    public static Perspective LearningGrowth { get; } = new() { Id = LearningGrowthId, Name = "Learning and growth" };

    /// <summary>The four built-in perspectives, in the classic order, each with weight 1.</summary>
    public static ImmutableArray<Perspective> BuiltIn { get; } = [Financial, Customer, InternalProcess, LearningGrowth];

    /// <summary>The snake_case id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The weight in the overall score (positive; default 1).</summary>
    [JsonPropertyName("weight")]
    public decimal Weight { get; init; } = 1m;
}
