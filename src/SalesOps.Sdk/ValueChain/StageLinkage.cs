using System.Collections.Immutable;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// The verdict on one linkage rule with its evidence: how the sales KPI and the operations KPI moved between the
/// earlier and the later window.
/// </summary>
/// <param name="Rule">The rule.</param>
/// <param name="Status">Strained, not strained, or not available.</param>
/// <param name="Sales">The sales KPI's move.</param>
/// <param name="Operations">The operations KPI's move.</param>
/// <param name="EarlierPeriods">The periods of the earlier window.</param>
/// <param name="LaterPeriods">The periods of the later window.</param>
/// <param name="Summary">The verdict in a sentence, with the values and thresholds.</param>
public sealed record StageLinkage(
    LinkageRule Rule,
    LinkageStatus Status,
    LinkageEvidence Sales,
    LinkageEvidence Operations,
    ImmutableArray<ReportingPeriod> EarlierPeriods,
    ImmutableArray<ReportingPeriod> LaterPeriods,
    string Summary);
