namespace SalesOps.Sdk.Balance;

/// <summary>
/// The orientation a company declares: how far it means to lean towards sales (positive tilt) or operations
/// (negative tilt). The diagnosis compares the measured balance index with <see cref="TargetTilt"/>.
/// </summary>
/// <param name="Id">The id, e.g. <c>sales_led</c>.</param>
/// <param name="Name">A display name.</param>
/// <param name="TargetTilt">The intended balance index in [−1, 1]: negative operations-led, positive sales-led.</param>
/// <param name="Description">What the orientation means.</param>
public sealed record StrategicOrientation(string Id, string Name, decimal TargetTilt, string Description)
{
    /// <summary>Operations-led: efficiency and reliability first; target tilt −0.3.</summary>
    public static StrategicOrientation OperationsLed { get; } = new(
        "operations_led", "Operations-led", -0.3m, "Efficiency, cost and reliability lead; sales growth follows what operations can serve well.");

    /// <summary>Balanced: sales momentum and operational health in step; target tilt 0.</summary>
    public static StrategicOrientation Balanced { get; } = new(
        "balanced", "Balanced", 0m, "Sales momentum and operational health grow together.");

    /// <summary>Sales-led: growth first, operations in support; target tilt +0.3.</summary>
    public static StrategicOrientation SalesLed { get; } = new(
        "sales_led", "Sales-led", 0.3m, "Market growth leads; operations are organised to support it.");

    /// <summary>
    /// Walton: sales-led after Sam Walton's "sales over operations" — target tilt +0.3, the same lean as sales-led;
    /// the name records the intent that operations exist to serve the customer at the shelf.
    /// </summary>
    public static StrategicOrientation Walton { get; } = new(
        "walton", "Walton (sales over operations)", 0.3m, "Sam Walton's maxim: sales over operations — operations serve the sale and the customer.");

    /// <summary>The presets by id: <c>operations_led</c>, <c>balanced</c>, <c>sales_led</c>, <c>walton</c>.</summary>
    public static IReadOnlyList<StrategicOrientation> Presets { get; } = [OperationsLed, Balanced, SalesLed, Walton];

    /// <summary>A preset by id or CLI name (<c>operations-led</c>, <c>balanced</c>, <c>sales-led</c>, <c>walton</c>).</summary>
    /// <exception cref="ArgumentException">Unknown name; the message lists the allowed ones.</exception>
    public static StrategicOrientation FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string id = name.Trim().ToLowerInvariant().Replace('-', '_');
        return Presets.FirstOrDefault(p => p.Id == id)
            ?? throw new ArgumentException($"unknown orientation '{name}'; allowed values: operations-led, balanced, sales-led, walton", nameof(name));
    }
}
