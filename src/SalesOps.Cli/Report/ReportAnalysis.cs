using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Scorecards;
using SalesOps.Sdk.ValueChain;

namespace SalesOps.Cli.Report;

/// <summary>Runs the analyses a report shows — KPIs, scorecard, balance over time, diagnosis, value chain — on one cube.</summary>
internal static class ReportAnalysis
{
    /// <summary>The KPIs of the trend charts (and revenue growth for the summary).</summary>
    public static IReadOnlyList<string> TrendMetrics { get; } = ["revenue", "gross_margin_rate", "stockout_rate", "days_of_supply", "revenue_growth"];

    /// <param name="cube">The facts at the report's calendar and grain.</param>
    /// <param name="card">The scorecard; evaluated on the cube's calendar and grain for the latest period.</param>
    /// <param name="balance">The balance indicators and rules.</param>
    /// <param name="declared">The declared strategic orientation.</param>
    /// <param name="title">The report title.</param>
    /// <param name="source">Where the data came from.</param>
    /// <param name="step">Told the name of each analysis as it starts (progress), or null.</param>
    public static ReportContent Run(
        FactCube cube, ScorecardDefinition card, BalanceOptions balance, StrategicOrientation declared, string title, string source, Action<string>? step = null)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(card);
        if (cube.IsEmpty)
        {
            throw new ArgumentException("the facts have no rows");
        }

        var engine = new MetricEngine(MetricCatalog.Standard);
        FactCube total = cube.Total();
        step?.Invoke("KPIs");
        MetricResultSet kpis = engine.Evaluate(total, TrendMetrics);

        step?.Invoke("scorecard");
        ScorecardEvaluation scorecard = new ScorecardEvaluator(card with { Calendar = cube.Calendar, Grain = cube.Grain }, engine.Catalog).Evaluate(total);

        step?.Invoke("balance");
        var analyzer = new BalanceAnalyzer(engine, balance);
        BalanceDiagnosis diagnosis = analyzer.Diagnose(total, declared);
        int window = BalanceAnalyzer.TimelineWindow(cube.Grain);
        var timeline = analyzer.Timeline(total, declared, window);

        step?.Invoke("value chain");
        StageHealthInput[] health = [.. scorecard.Indicators
            .Where(i => i.Score is not null)
            .DistinctBy(i => i.MetricId)
            .Select(i => new StageHealthInput(i.MetricId, i.Score!.Value, i.Weight))];
        ValueChainAnalysis valueChain = new ValueChainAnalyzer(catalog: engine.Catalog).Analyze(total, health: health);

        return new ReportContent
        {
            Title = title,
            Subtitle = $"{cube.Calendar.Name} calendar, {cube.Grain.ToString().ToLowerInvariant()}s {total.Periods[0].Label} to {total.Periods[^1].Label}",
            Source = source,
            Cube = total,
            Kpis = kpis,
            Scorecard = scorecard,
            Diagnosis = diagnosis,
            Balance = timeline,
            BalanceWindow = window,
            ValueChain = valueChain,
        };
    }
}
