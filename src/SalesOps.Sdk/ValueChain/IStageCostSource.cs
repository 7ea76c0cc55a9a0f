using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// Where the costs of the value-chain stages come from when they are not <c>cost_&lt;stage&gt;</c> columns of the facts:
/// the host's ledger, cost-centre report or a <see cref="StageCostMapping"/> of its GL accounts.
/// </summary>
/// <remarks>
/// Implementations should be thread-safe and must not throw for a period or stage they have no figure for: they return
/// null, and the analysis reports that stage's cost as not available (never as 0).
/// <see cref="InMemoryStageCostSource"/> is the ready-made implementation.
/// </remarks>
public interface IStageCostSource
{
    /// <summary>The cost of a stage in a period, or null when the host has no figure for it.</summary>
    /// <param name="period">The reporting period (calendar and grain of the analysed facts).</param>
    /// <param name="stageId">The stage id, e.g. <c>outbound_logistics</c>.</param>
    decimal? GetCost(ReportingPeriod period, string stageId);
}
