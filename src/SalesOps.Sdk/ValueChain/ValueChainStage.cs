using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// One activity of the value chain: an id (the value of <see cref="Metrics.MetricDefinition.Stage"/>), a display name and
/// whether it is a primary or a support activity. Porter's nine stages are built in; hosts add or rename stages (e.g. a
/// care provider's <c>care_delivery</c>) through <see cref="ValueChainOptions.Stages"/>.
/// </summary>
/// <remarks>Immutable. The stage's costs come from the <see cref="CostMeasureId"/> measure or an <see cref="IStageCostSource"/>.</remarks>
public sealed partial record ValueChainStage
{
    /// <summary>Creates a stage.</summary>
    /// <param name="id">snake_case id, e.g. <c>outbound_logistics</c>.</param>
    /// <param name="displayName">Human-readable name, e.g. <c>Outbound logistics</c>.</param>
    /// <param name="activity">Primary or support.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="displayName"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is not snake_case, the name is blank or the activity is undefined.</exception>
    public ValueChainStage(string id, string displayName, ValueChainActivity activity)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(displayName);
        if (!SnakeCase().IsMatch(id))
        {
            throw new ArgumentException($"A value-chain stage id is snake_case ([a-z][a-z0-9_]*), not '{id}'.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw new ArgumentException($"Stage '{id}' needs a display name.", nameof(displayName));
        }

        if (!Enum.IsDefined(activity))
        {
            throw new ArgumentException($"Stage '{id}': {(int)activity} is not a ValueChainActivity (primary or support).", nameof(activity));
        }

        Id = id;
        DisplayName = displayName;
        Activity = activity;
    }

    /// <summary>Inbound logistics (primary): receiving, storing and handling inbound goods.</summary>
    public static ValueChainStage InboundLogistics { get; } = new("inbound_logistics", "Inbound logistics", ValueChainActivity.Primary);

    /// <summary>Operations (primary): turning inputs into the product or service.</summary>
    public static ValueChainStage Operations { get; } = new("operations", "Operations", ValueChainActivity.Primary);

    /// <summary>Outbound logistics (primary): storing and delivering to customers.</summary>
    public static ValueChainStage OutboundLogistics { get; } = new("outbound_logistics", "Outbound logistics", ValueChainActivity.Primary);

    /// <summary>Marketing and sales (primary): the sales stage of the linkage analysis.</summary>
    public static ValueChainStage MarketingSales { get; } = new("marketing_sales", "Marketing & sales", ValueChainActivity.Primary);

    /// <summary>Service (primary): after-sales and customer service.</summary>
    public static ValueChainStage Service { get; } = new("service", "Service", ValueChainActivity.Primary);

    /// <summary>Procurement (support): purchasing the inputs.</summary>
    public static ValueChainStage Procurement { get; } = new("procurement", "Procurement", ValueChainActivity.Support);

    /// <summary>Technology development (support): systems, process and product technology.</summary>
    public static ValueChainStage TechnologyDevelopment { get; } = new("technology_development", "Technology development", ValueChainActivity.Support);

    /// <summary>Human resource management (support): recruiting, training, people management.</summary>
    public static ValueChainStage HumanResources { get; } = new("human_resources", "Human resources", ValueChainActivity.Support);

    /// <summary>Firm infrastructure (support): general management, finance, legal, overhead.</summary>
    public static ValueChainStage FirmInfrastructure { get; } = new("firm_infrastructure", "Firm infrastructure", ValueChainActivity.Support);

    /// <summary>Porter's nine stages: the five primary activities, then the four support activities.</summary>
    public static ImmutableArray<ValueChainStage> Porter { get; } =
    [
        InboundLogistics, Operations, OutboundLogistics, MarketingSales, Service,
        Procurement, TechnologyDevelopment, HumanResources, FirmInfrastructure,
    ];

    /// <summary>The snake_case id.</summary>
    public string Id { get; }

    /// <summary>The human-readable name.</summary>
    public string DisplayName { get; }

    /// <summary>Primary or support.</summary>
    public ValueChainActivity Activity { get; }

    /// <summary>
    /// The id of the optional measure carrying the stage's cost in the facts: <c>cost_</c> + <see cref="Id"/>
    /// (the nine Porter stages' are standard measures, e.g. <see cref="Measures.StandardMeasures.CostOperations"/>).
    /// </summary>
    public string CostMeasureId => "cost_" + Id;

    /// <summary>The id.</summary>
    public override string ToString() => Id;

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();
}
