namespace SalesOps.Sdk.Balance;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing (e.g. healthy synergy).</summary>
    Info,

    /// <summary>Needs attention.</summary>
    Warning,

    /// <summary>Needs action now.</summary>
    Critical,
}
