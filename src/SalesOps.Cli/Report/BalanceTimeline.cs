using System.Collections.Immutable;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Cli.Report;

/// <summary>The balance at one period: the analyzer's scores on the window of periods ending there.</summary>
internal sealed record BalancePoint(
    ReportingPeriod Period, decimal? SalesMomentum, decimal? OperationalHealth, decimal? BalanceIndex, ImmutableArray<string> Findings);

/// <summary>
/// Sales momentum and operational health over time. For each period the <see cref="BalanceAnalyzer"/> runs on a
/// rolling window: the last <c>window</c> periods up to and including that period (at least the analyzer's minimum
/// history, so the first points come from a shorter, growing window), comparing the window's recent half with its
/// earlier half exactly as <c>diagnose</c> does for the whole history. Periods with too little history before them
/// have no point.
/// </summary>
internal static class BalanceTimeline
{
    /// <summary>The window length for a grain: 6 months (3 against 3), 12 weeks, 4 quarters or years.</summary>
    public static int WindowFor(PeriodGrain grain) => grain switch
    {
        PeriodGrain.Week => 12,
        PeriodGrain.Month => 6,
        _ => 4,
    };

    public static ImmutableArray<BalancePoint> Compute(FactCube cube, BalanceAnalyzer analyzer, StrategicOrientation declared, int window)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(analyzer);
        FactCube total = cube.Total();
        ImmutableArray<ReportingPeriod> periods = total.Periods;
        int minimum = analyzer.Options.MinimumPeriods;
        window = Math.Max(window, minimum);
        var points = ImmutableArray.CreateBuilder<BalancePoint>();
        for (int t = minimum - 1; t < periods.Length; t++)
        {
            int first = Math.Max(0, t - window + 1);
            BalanceDiagnosis diagnosis = analyzer.Diagnose(total.Slice(periods[first], periods[t]), declared);
            points.Add(new BalancePoint(
                periods[t],
                diagnosis.SalesMomentum,
                diagnosis.OperationalHealth,
                diagnosis.BalanceIndex,
                [.. diagnosis.Findings.Select(f => f.Id)]));
        }

        return points.ToImmutable();
    }
}
