namespace SalesOps.Sdk.Balance;

/// <summary>Where the balance index puts the business.</summary>
public enum MeasuredOrientation
{
    /// <summary>The index is below the balanced band: operations lead.</summary>
    OperationsLed,

    /// <summary>The index is within the balanced band.</summary>
    Balanced,

    /// <summary>The index is above the balanced band: sales lead.</summary>
    SalesLed,
}
