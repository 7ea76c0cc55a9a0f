using NodaTime;
using SalesOps.Sdk.IO;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Sqlite.Tests;

public class SqliteAggregatedFactSourceTests
{
    private static readonly ReportingCalendar Gregorian = ReportingCalendars.Gregorian;

    public static TheoryData<string, int> Fixtures() => new()
    {
        { "retail_small.csv", 4 },
        { "retail_small.csv", 2 },
        { "balanced.csv", 4 },
        { "sales_trap.csv", 4 },
        { "ops_trap.csv", 2 },
        { "silo.csv", 4 },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void GetFacts_Fixture_GivesTheCubeAndKpisOfTheRawRows(string fixture, int decimalPlaces)
    {
        string csvPath = FixturePath(fixture);
        CsvFactSource csv = CsvFactSource.Open(csvPath);
        using FactTable table = FactTable.FromCsv(csvPath, decimalPlaces);
        var source = new SqliteAggregatedFactSource(table.ConnectionString, "facts", csv.Schema, decimalPlaces);

        foreach (PeriodGrain grain in new[] { PeriodGrain.Month, PeriodGrain.Week })
        {
            FactCube raw = FactAggregation.FromRows(csv, Gregorian, grain);
            FactCube pushedDown = FactAggregation.FromAggregatedFacts(source, Gregorian, grain);

            ShouldHaveTheSameValues(pushedDown, raw);
            ShouldHaveTheSameKpis(pushedDown.Total(), raw.Total());
            ShouldHaveTheSameKpis(pushedDown.RollUp("store"), raw.RollUp("store"));
        }
    }

    [Theory]
    [InlineData("store")]
    [InlineData("sku")]
    [InlineData]
    public void GetFacts_FewerDimensionsThanTheTable_GroupsManyRowsPerFactAndStaysExact(params string[] dimensions)
    {
        string csvPath = FixturePath("retail_small.csv");
        CsvFactSource csv = CsvFactSource.Open(csvPath);
        using FactTable table = FactTable.FromCsv(csvPath, 4);
        var source = new SqliteAggregatedFactSource(table.ConnectionString, "facts", new FactSchema(dimensions, csv.Schema.Measures));

        FactCube raw = FactAggregation.FromRows(csv, Gregorian, PeriodGrain.Month).RollUp(dimensions);
        FactCube pushedDown = FactAggregation.FromAggregatedFacts(source, Gregorian, PeriodGrain.Month);

        source.GetFacts(CancellationToken.None).Should().OnlyContain(f => f.RowCount > 1);
        ShouldHaveTheSameValues(pushedDown, raw);
        ShouldHaveTheSameKpis(pushedDown, raw);
    }

    [Fact]
    public void GetFacts_ApeTies_RoundsEachRowHalfToEvenLikeTheRawPath()
    {
        // |f − s| / s = 0.00005 and 0.00015: half-to-even gives 0.0000 and 0.0002 (half-up would give 0.0001 + 0.0002).
        string[] header = ["date", "sku", "store", "units_sold", "forecast_units"];
        string[][] rows =
        [
            ["2024-03-01", "A", "S1", "2", "2.0001"],
            ["2024-03-01", "A", "S1", "2", "2.0003"],
            ["2024-03-01", "A", "S1", "0", "5"],
            ["2024-03-02", "A", "S1", "3", "1"],
        ];
        var schema = new FactSchema(["sku", "store"], [StandardMeasures.UnitsSold, StandardMeasures.ForecastUnits]);
        using FactTable table = FactTable.Create(header, rows, 4);
        var source = new SqliteAggregatedFactSource(table.ConnectionString, "facts", schema);
        FactCube raw = FactAggregation.FromRows(
            new InMemoryFactRowSource(schema, rows.Select(r => new FactRow(
                LocalDate.FromDateTime(DateTime.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)),
                [r[1], r[2]],
                [decimal.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)]))),
            Gregorian,
            PeriodGrain.Month);

        FactCube pushedDown = FactAggregation.FromAggregatedFacts(source, Gregorian, PeriodGrain.Month);

        FactCell cell = pushedDown.Cells.Single();
        cell.GetValue("ape_sum").Should().Be(0.0002m + 0.6667m);
        cell.GetValue("ape_rows").Should().Be(3);
        cell.GetValue("forecast_abs_error").Should().Be(0.0001m + 0.0003m + 5m + 2m);
        cell.RowCount.Should().Be(4);
        ShouldHaveTheSameValues(pushedDown, raw);
    }

    [Fact]
    public void GetFacts_RealValue_ThrowsNamingTheDateAndSegment()
    {
        using FactTable table = FactTable.Create(["date", "sku", "store", "revenue"], [["2024-03-01", "A", "S1", "2"]], 4);
        table.Execute("UPDATE facts SET revenue = 1.5");
        var source = new SqliteAggregatedFactSource(table.ConnectionString, "facts", new FactSchema(["sku", "store"], [StandardMeasures.Revenue]));

        Action act = () => _ = source.GetFacts(CancellationToken.None).ToList();

        act.Should().Throw<FactDataException>()
            .WithMessage("Table facts, 2024-03-01 A/S1: 1 measure values are not integers; store each measure as an INTEGER of value × 10^4.");
    }

    [Fact]
    public void GetFacts_NullValue_ThrowsInsteadOfSkippingIt()
    {
        using FactTable table = FactTable.Create(["date", "sku", "store", "revenue"], [["2024-03-01", "A", "S1", "2"]], 4);
        table.Execute("UPDATE facts SET revenue = NULL");
        var source = new SqliteAggregatedFactSource(table.ConnectionString, "facts", new FactSchema(["sku", "store"], [StandardMeasures.Revenue]));

        Action act = () => _ = source.GetFacts(CancellationToken.None).ToList();

        act.Should().Throw<FactDataException>().WithMessage("Table facts, 2024-03-01 A/S1: 1 measure values are NULL; *");
    }

    [Fact]
    public void GetFacts_BadDate_Throws()
    {
        using FactTable table = FactTable.Create(["date", "sku", "store", "revenue"], [["03/01/2024", "A", "S1", "2"]], 4);
        var source = new SqliteAggregatedFactSource(table.ConnectionString, "facts", new FactSchema(["sku", "store"], [StandardMeasures.Revenue]));

        Action act = () => _ = source.GetFacts(CancellationToken.None).ToList();

        act.Should().Throw<FactDataException>().WithMessage("column date: '03/01/2024' is not a yyyy-MM-dd date");
    }

    [Fact]
    public void Constructor_RowSchemaWithADerivedMeasure_Throws()
    {
        Action act = () => _ = new SqliteAggregatedFactSource("Data Source=x.db", "facts", new FactSchema([], [StandardMeasures.RowCount]));

        act.Should().Throw<ArgumentException>().WithMessage("The row schema may not carry 'row_count': the query computes it from the rows.*");
    }

    [Fact]
    public void Constructor_DecimalPlacesOutOfRange_Throws()
    {
        Action act = () => _ = new SqliteAggregatedFactSource("Data Source=x.db", "facts", new FactSchema([], [StandardMeasures.Revenue]), 5);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Schema_WithForecastAndSales_AddsTheRowGrainForecastTerms()
    {
        var source = new SqliteAggregatedFactSource(
            "Data Source=x.db", "facts", new FactSchema(["store"], [StandardMeasures.UnitsSold, StandardMeasures.ForecastUnits]));

        source.Schema.Measures.Select(m => m.Id).Should().Equal("units_sold", "forecast_units", "forecast_abs_error", "ape_sum", "ape_rows");
        source.Query.Should().Contain("GROUP BY \"date\", \"store\"").And.Contain("SUM(ABS(\"forecast_units\" - \"units_sold\")) AS forecast_abs_error");
    }

    /// <summary>Same periods and segments; per cell the same row and date counts and the same value of every measure.</summary>
    private static void ShouldHaveTheSameValues(FactCube actual, FactCube expected)
    {
        actual.Periods.Should().Equal(expected.Periods);
        actual.Segments.Should().Equal(expected.Segments);
        actual.Cells.Length.Should().Be(expected.Cells.Length);
        foreach ((FactCell a, FactCell e) in actual.Cells.Zip(expected.Cells))
        {
            a.ToString().Should().Be(e.ToString());
            a.RowCount.Should().Be(e.RowCount, "row count of {0}", e);
            a.DateCount.Should().Be(e.DateCount);
            a.FirstDate.Should().Be(e.FirstDate);
            a.LastDate.Should().Be(e.LastDate);
            foreach (MeasureDefinition measure in expected.Measures)
            {
                a.GetValue(measure.Id).Should().Be(e.GetValue(measure.Id), "{0} of {1}", measure.Id, e);
                if (!measure.IsAdditive)
                {
                    a.GetValue(measure.Id, TimeAggregation.Last).Should().Be(e.GetValue(measure.Id, TimeAggregation.Last));
                    a.GetValue(measure.Id, TimeAggregation.First).Should().Be(e.GetValue(measure.Id, TimeAggregation.First));
                }
            }
        }
    }

    private static void ShouldHaveTheSameKpis(FactCube actual, FactCube expected)
    {
        var engine = new MetricEngine(MetricCatalog.Standard);
        string[] ids = [.. StandardMetrics.KpiPack, "mape"];
        var a = engine.Evaluate(actual, ids).Rows.SelectMany(r => r.Results).Select(r => (r.Period.Label, r.Segment.Label, r.MetricId, r.Value)).ToList();
        var e = engine.Evaluate(expected, ids).Rows.SelectMany(r => r.Results).Select(r => (r.Period.Label, r.Segment.Label, r.MetricId, r.Value)).ToList();
        a.Should().Equal(e);
        a.Should().Contain(x => x.MetricId == "mape" && x.Value != null);
    }

    private static string FixturePath(string fileName)
    {
        DirectoryInfo? folder = new(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SalesOps.Sdk.sln")))
        {
            folder = folder.Parent;
        }

        string path = Path.GetFullPath(Path.Combine(folder?.FullName ?? ".", "..", "shared", "fixtures", fileName));
        return File.Exists(path) ? path : throw new InvalidOperationException($"Fixture {fileName} is missing: expected it at {path}.");
    }
}
