using System.Collections.Immutable;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Balance;

/// <summary>The balance at one period of a timeline: the diagnosis of the window of periods ending there.</summary>
/// <param name="Period">The last period of the window.</param>
/// <param name="SalesMomentum">Sales momentum S on the window, or null.</param>
/// <param name="OperationalHealth">Operational health O on the window, or null.</param>
/// <param name="BalanceIndex">S − O on the window, or null.</param>
/// <param name="Findings">The ids of the findings on the window.</param>
public sealed record BalancePoint(
    ReportingPeriod Period, decimal? SalesMomentum, decimal? OperationalHealth, decimal? BalanceIndex, ImmutableArray<string> Findings);
