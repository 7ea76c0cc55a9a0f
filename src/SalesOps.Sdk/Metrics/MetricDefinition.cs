using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// What a metric is: id, name, unit, direction, owner, scorecard perspective, value-chain stage, formula and source,
/// and the metrics it depends on.
/// </summary>
/// <remarks>Immutable. Perspective and stage are ids so hosts can add their own (see the scorecard and value-chain docs).</remarks>
public sealed partial record MetricDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="id">snake_case id, e.g. <c>gross_margin_rate</c>.</param>
    /// <param name="displayName">Human-readable name.</param>
    /// <param name="unit">The unit of the value.</param>
    /// <param name="direction">Which way is good.</param>
    /// <param name="owner">The owning function.</param>
    /// <param name="formula">The formula in words and symbols, e.g. <c>gross_margin / revenue</c>.</param>
    /// <exception cref="ArgumentException">The id is not snake_case or a text is blank.</exception>
    public MetricDefinition(string id, string displayName, MeasureUnit unit, MetricDirection direction, BusinessFunction owner, string formula)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(formula);
        if (!SnakeCase().IsMatch(id))
        {
            throw new ArgumentException($"A metric id is snake_case ([a-z][a-z0-9_]*), not '{id}'.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(displayName) || string.IsNullOrWhiteSpace(formula))
        {
            throw new ArgumentException($"Metric '{id}' needs a display name and a formula.", nameof(displayName));
        }

        Id = id;
        DisplayName = displayName;
        Unit = unit;
        Direction = direction;
        Owner = owner;
        Formula = formula;
    }

    /// <summary>The snake_case id.</summary>
    public string Id { get; }

    /// <summary>The human-readable name.</summary>
    public string DisplayName { get; init; }

    /// <summary>The unit of the value.</summary>
    public MeasureUnit Unit { get; init; }

    /// <summary>Which way is good.</summary>
    public MetricDirection Direction { get; init; }

    /// <summary>The owning function.</summary>
    public BusinessFunction Owner { get; init; }

    /// <summary>The formula, e.g. <c>gross_margin / revenue</c>.</summary>
    public string Formula { get; init; }

    /// <summary>The default balanced-scorecard perspective id (<c>financial</c>, <c>customer</c>, <c>internal_process</c>, <c>learning_growth</c>), if any.</summary>
    public string? Perspective { get; init; }

    /// <summary>The value-chain stage id (e.g. <c>marketing_sales</c>, <c>inbound_logistics</c>), if any.</summary>
    public string? Stage { get; init; }

    /// <summary>Where the definition comes from (a standard, a textbook, an industry body).</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>What the metric tells, in a sentence.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The ids of the metrics this one reads through <see cref="MetricContext.Metric"/>.</summary>
    public ImmutableArray<string> Dependencies { get; init; } = [];

    /// <summary>The ids of the measures this one needs.</summary>
    public ImmutableArray<string> Measures { get; init; } = [];

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();
}
