namespace SalesOps.Sdk.Scorecards;

/// <summary>Where an initiative stands. In JSON: <c>"planned"</c>, <c>"active"</c>, <c>"completed"</c>, <c>"on_hold"</c>, <c>"cancelled"</c>.</summary>
public enum InitiativeStatus
{
    /// <summary>Approved, not started.</summary>
    Planned,

    /// <summary>Under way.</summary>
    Active,

    /// <summary>Done.</summary>
    Completed,

    /// <summary>Paused.</summary>
    OnHold,

    /// <summary>Stopped.</summary>
    Cancelled,
}
