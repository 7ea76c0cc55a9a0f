namespace SalesOps.Sdk.Planning;

/// <summary>The parameters of an inventory policy.</summary>
/// <remarks>
/// Defaults: <see cref="LeadTimeStdDevDays"/> 0, <see cref="OrderCost"/> 50 (currency units per order),
/// <see cref="HoldingRate"/> 0.25 (25% of unit cost per year, a common textbook figure), days without a row not
/// observed, the default ABC/XYZ cut-offs. Valid options have 0 &lt; service level &lt; 1, lead time ≥ 0, lead-time
/// deviation ≥ 0, order cost &gt; 0 and holding rate &gt; 0.
/// </remarks>
/// <param name="ServiceLevel">The cycle service level p in (0, 1): z = Φ⁻¹(p).</param>
/// <param name="LeadTimeDays">The replenishment lead time L in days (0 or more).</param>
public sealed record InventoryPolicyOptions(double ServiceLevel, decimal LeadTimeDays)
{
    /// <summary>The standard deviation σL of the lead time in days (0 or more; default 0).</summary>
    public decimal LeadTimeStdDevDays { get; init; }

    /// <summary>The fixed cost S of placing one order, in currency units (more than 0; default 50).</summary>
    public decimal OrderCost { get; init; } = 50m;

    /// <summary>The annual holding cost as a fraction of unit cost (more than 0; default 0.25).</summary>
    public decimal HoldingRate { get; init; } = 0.25m;

    /// <summary>How days without a row count (default <see cref="MissingDayTreatment.NotObserved"/>).</summary>
    public MissingDayTreatment MissingDays { get; init; } = MissingDayTreatment.NotObserved;

    /// <summary>The ABC and XYZ cut-offs (default <see cref="ClassificationCutoffs.Default"/>).</summary>
    public ClassificationCutoffs Cutoffs { get; init; } = ClassificationCutoffs.Default;
}
