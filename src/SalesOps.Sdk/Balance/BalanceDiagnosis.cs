using System.Collections.Immutable;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Balance;

/// <summary>
/// The sales-versus-operations diagnosis: sales momentum S, operational health O, the balance index S − O, synergy
/// √(S·O), the measured orientation against the declared one, and the findings with their evidence.
/// </summary>
/// <remarks>Immutable. Scores are null (with a note) when the data has none of their KPIs or too little history.</remarks>
public sealed record BalanceDiagnosis
{
    /// <summary>The declared strategic orientation.</summary>
    public required StrategicOrientation Declared { get; init; }

    /// <summary>The measured orientation, or null when the index is not available.</summary>
    public MeasuredOrientation? Measured { get; init; }

    /// <summary>Balance index minus the declared target tilt (positive: more sales-led than intended), or null.</summary>
    public decimal? Gap { get; init; }

    /// <summary>S − O in [−1, 1]: negative operations-led, positive sales-led; or null.</summary>
    public decimal? BalanceIndex { get; init; }

    /// <summary>Sales momentum S in [0, 1], or null.</summary>
    public decimal? SalesMomentum { get; init; }

    /// <summary>Operational health O in [0, 1], or null.</summary>
    public decimal? OperationalHealth { get; init; }

    /// <summary>√(S·O) in [0, 1], high only when both are; or null.</summary>
    public decimal? Synergy { get; init; }

    /// <summary>The KPIs behind S.</summary>
    public ImmutableArray<IndicatorScore> SalesIndicators { get; init; } = [];

    /// <summary>The KPIs behind O.</summary>
    public ImmutableArray<IndicatorScore> OperationsIndicators { get; init; } = [];

    /// <summary>The earlier periods compared.</summary>
    public ImmutableArray<ReportingPeriod> EarlierPeriods { get; init; } = [];

    /// <summary>The recent periods compared (the levels of O and of level-based S indicators are their means).</summary>
    public ImmutableArray<ReportingPeriod> LaterPeriods { get; init; } = [];

    /// <summary>The findings, most severe first.</summary>
    public ImmutableArray<BalanceFinding> Findings { get; init; } = [];

    /// <summary>Notes: insufficient history, KPIs not available, a rule that failed.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Whether a finding with the id is present.</summary>
    public bool HasFinding(string id) => Findings.Any(f => f.Id == id);
}
