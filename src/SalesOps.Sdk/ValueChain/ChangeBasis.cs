namespace SalesOps.Sdk.ValueChain;

/// <summary>How the change of a KPI between two windows is measured against a signal's threshold.</summary>
public enum ChangeBasis
{
    /// <summary>after − before, in the KPI's own unit (right for shares such as fill rate: 0.02 = 2 percentage points).</summary>
    Absolute = 0,

    /// <summary>after / before − 1 (right for levels such as revenue or days of supply: 0.20 = 20 %); not available when before is 0.</summary>
    Relative = 1,
}
