using System.Globalization;
using FluentAssertions;
using FsCheck.Xunit;
using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Tests.TestSupport;
using Xunit;

namespace SalesOps.Sdk.Tests.Metrics;

/// <summary>
/// The engine evaluates formula, ratio, simple and growth metrics column by column without a context per cell; the
/// metrics' own <see cref="IMetric.Evaluate"/> (what explanations and hosts use) must give exactly the same value,
/// scale and reason for every cell.
/// </summary>
public sealed class ColumnEvaluationTests
{
    private static readonly MeasureDefinition[] AllMeasures =
    [
        StandardMeasures.UnitsSold, StandardMeasures.Revenue, StandardMeasures.Cogs, StandardMeasures.OnHandUnits,
        StandardMeasures.OnHandValue, StandardMeasures.Stockout, StandardMeasures.ForecastUnits, StandardMeasures.OrderedUnits,
        StandardMeasures.ShippedUnits, StandardMeasures.PromoSpend, StandardMeasures.OperatingCost, StandardMeasures.Promoters,
        StandardMeasures.Detractors, StandardMeasures.SurveyResponses, StandardMeasures.CustomersStart, StandardMeasures.CustomersEnd,
        StandardMeasures.NewCustomers, StandardMeasures.Headcount, StandardMeasures.MarketSize,
    ];

    [Property(MaxTest = 25)]
    public void Evaluate_EveryStandardMetric_ColumnPathEqualsThePerCellPath(int seed, bool weeks, bool dropColumns)
    {
        FactCube cube = RandomCube(seed, skus: 6, days: 500, weeks, dropColumns);

        AssertSameAsPerCell(cube.RollUp("sku"));
        AssertSameAsPerCell(cube.Total());
    }

    [Property(MaxTest = 15)]
    public void Evaluate_RatiosWithFactorsAndOperandsThatAreMissing_ColumnPathEqualsThePerCellPath(int seed, bool dropColumns)
    {
        // Factors of scale 0 and 1 (1.0 changes the scale of the result), and operands with reasons: growth is missing
        // in the first period, a ratio by zero where there were no sales, a measure the data may lack.
        static MetricDefinition Def(string id) =>
            new(id, id, MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Sales, id);
        MetricCatalog catalog = MetricCatalog.Standard.With(
        [
            Metric.Ratio(Def("margin_percent"), MetricOperand.Metric("gross_margin"), MetricOperand.Metric("revenue"), factor: 100m),
            Metric.Ratio(Def("margin_one_point_zero"), MetricOperand.Metric("gross_margin"), MetricOperand.Metric("revenue"), factor: 1.0m),
            Metric.Ratio(Def("growth_per_margin"), MetricOperand.Metric("revenue_growth"), MetricOperand.Metric("gross_margin_rate")),
            Metric.Ratio(Def("bias_per_share"), MetricOperand.Metric("forecast_bias"), MetricOperand.Measure("market_size")),
        ]);
        FactCube cube = RandomCube(seed, skus: 5, days: 400, weeks: false, dropColumns);

        AssertSameAsPerCell(cube.RollUp("sku"), catalog);
    }

    [Fact]
    public void Evaluate_MoreCellsThanOneParallelChunk_ColumnPathEqualsThePerCellPath()
    {
        // 400 SKUs × 24 months: more than one chunk of rows, so the column path runs in parallel.
        FactCube cube = RandomCube(seed: 7, skus: 400, days: 730, weeks: false, dropColumns: false);

        cube.Cells.Length.Should().BeGreaterThan(4096);
        AssertSameAsPerCell(cube);
    }

    [Fact]
    public void Evaluate_SimpleMetricOfAnAggregationTheMeasureDoesNotKeep_EveryCellNamesTheException()
    {
        // The last value of a flow is not kept: reading it throws, and every cell says so, as the per-cell path does.
        IMetric lastRevenue = Metric.Simple(
            new MetricDefinition("last_revenue", "Last revenue", MeasureUnit.Currency, MetricDirection.HigherIsBetter, BusinessFunction.Sales, "last revenue"),
            "revenue",
            TimeAggregation.Last);
        MetricCatalog catalog = MetricCatalog.Standard.With([lastRevenue]);
        FactCube cube = RandomCube(seed: 3, skus: 2, days: 60, weeks: false, dropColumns: false);

        MetricResultSet results = new MetricEngine(catalog).Evaluate(cube, ["last_revenue"]);

        MetricColumn column = results.Column("last_revenue");
        column.MissingCount.Should().Be(column.Count);
        Enumerable.Range(0, column.Count).Select(column.Reason).Should().OnlyContain(
            r => r != null && r.StartsWith("metric 'last_revenue' threw InvalidOperationException: Measure 'revenue' is aggregated by Sum", StringComparison.Ordinal));
        AssertSameAsPerCell(cube, catalog);
    }

    [Fact]
    public void Evaluate_GrowthAgainstLastYear_FirstYearSaysThereIsNoDataThen()
    {
        FactCube cube = RandomCube(seed: 11, skus: 1, days: 500, weeks: false, dropColumns: false).Total();

        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(cube, ["revenue_growth_yoy"]);

        MetricColumn growth = results.Column("revenue_growth_yoy");
        growth.Reason(0).Should().Be($"no data for {ReportingCalendars.Gregorian.GetPeriod(new LocalDate(2022, 1, 1), PeriodGrain.Month).Label}");
        growth[12].Should().NotBeNull("January 2024 has January 2023 to compare with");
        AssertSameAsPerCell(cube);
    }

    private static void AssertSameAsPerCell(FactCube cube, MetricCatalog? catalog = null)
    {
        catalog ??= MetricCatalog.Standard;
        MetricCatalog perCell = MetricCatalog.Create(catalog.Ordered.Select(m => new PerCellOnly(m)));
        MetricResultSet columns = new MetricEngine(catalog).Evaluate(cube);
        MetricResultSet cells = new MetricEngine(perCell).Evaluate(cube);

        foreach (MetricDefinition metric in columns.Metrics)
        {
            MetricColumn fast = columns.Column(metric.Id);
            MetricColumn slow = cells.Column(metric.Id);
            for (int row = 0; row < fast.Count; row++)
            {
                string because = $"{metric.Id} in {cube.Cells[row]}";
                Text(fast[row]).Should().Be(Text(slow[row]), because);
                fast.Reason(row).Should().Be(slow.Reason(row), because);
            }
        }
    }

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Generated facts with zeros (division by zero), gaps (missing periods) and optionally missing columns.</summary>
    private static FactCube RandomCube(int seed, int skus, int days, bool weeks, bool dropColumns)
    {
        var random = new Random(seed);
        MeasureDefinition[] measures = dropColumns
            ? [.. AllMeasures.Where(_ => random.Next(3) > 0)]
            : AllMeasures;
        if (measures.Length == 0)
        {
            measures = [StandardMeasures.Revenue];
        }

        var schema = new FactSchema(["sku"], measures);
        var start = new LocalDate(2023, 1, 1);
        var rows = new List<FactRow>();
        for (int day = 0; day < days; day++)
        {
            for (int sku = 0; sku < skus; sku++)
            {
                if (random.Next(10) == 0)
                {
                    continue; // gaps: some SKUs miss some periods entirely at small sizes
                }

                decimal[] values = [.. measures.Select(m => m.IsFlag
                    ? random.Next(2)
                    : random.Next(4) == 0 ? 0m : Math.Round((decimal)random.NextDouble() * 1000m, random.Next(5)))];
                rows.Add(new FactRow(start.PlusDays(day), [$"sku{sku:D3}"], values));
            }
        }

        ReportingCalendar calendar = weeks ? ReportingCalendars.Nrf454 : ReportingCalendars.Gregorian;
        return FactAggregation.FromRows(new InMemoryFactRowSource(schema, rows), calendar, weeks ? PeriodGrain.Week : PeriodGrain.Month);
    }

    /// <summary>A metric evaluated only through its <see cref="IMetric.Evaluate"/>, one cell at a time.</summary>
    private sealed class PerCellOnly(IMetric inner) : IMetric
    {
        public MetricDefinition Definition => inner.Definition;

        public MetricValue Evaluate(MetricContext context) => inner.Evaluate(context);
    }
}
