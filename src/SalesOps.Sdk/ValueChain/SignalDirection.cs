namespace SalesOps.Sdk.ValueChain;

/// <summary>Which way a KPI has to move between the earlier and the later window for a linkage signal to fire.</summary>
public enum SignalDirection
{
    /// <summary>The later window's value is higher by at least the threshold.</summary>
    Rising = 0,

    /// <summary>The later window's value is lower by at least the threshold.</summary>
    Falling = 1,
}
