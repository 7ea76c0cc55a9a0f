using System.Collections.Immutable;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Scorecards;
using SalesOps.Sdk.ValueChain;

namespace SalesOps.Cli.Report;

/// <summary>An extra report section: its anchor id, heading and (already escaped) HTML body.</summary>
internal sealed record ReportSection(string Id, string Heading, string Body);

/// <summary>Everything the HTML report shows: the analyses of one fact cube, plus optional extra sections.</summary>
internal sealed record ReportContent
{
    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>Where the data came from (shown in the footer).</summary>
    public required string Source { get; init; }

    public required FactCube Cube { get; init; }

    /// <summary>The trend KPIs of the whole business per period.</summary>
    public required MetricResultSet Kpis { get; init; }

    public required ScorecardEvaluation Scorecard { get; init; }

    public required BalanceDiagnosis Diagnosis { get; init; }

    public required ImmutableArray<BalancePoint> Balance { get; init; }

    public required int BalanceWindow { get; init; }

    public required ValueChainAnalysis ValueChain { get; init; }

    public ImmutableArray<ReportSection> Sections { get; init; } = [];
}
