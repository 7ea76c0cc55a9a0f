using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.IO.Tests;

public sealed class CsvFactSourceTests : IDisposable
{
    private const string Header = "date,sku,store,units_sold,revenue,cogs,on_hand_units,on_hand_value,stockout,forecast_units";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("2024-01", "500268.23", "13243", "291098.19")]
    [InlineData("2024-02", "465739.68", "12315", "270930.52")]
    [InlineData("2024-03", "529719.43", "14137", "309191.99")]
    [InlineData("2024-04", "506230.04", "13353", "294028.65")]
    [InlineData("2024-05", "523622.29", "13961", "304550.33")]
    public void WriteTo_RetailSmallFixture_GivesTheIndependentMonthlyTotalsExactly(string month, string revenue, string units, string cogs)
    {
        CsvFactSource source = CsvFactSource.Open(Fixtures.Path("retail_small.csv"));

        FactCube cube = FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Month).Total();

        FactCell cell = cube.Cells.Single(c => c.Period.Label == month);
        cell.GetValue("revenue").Should().Be(decimal.Parse(revenue, System.Globalization.CultureInfo.InvariantCulture));
        cell.GetValue("units_sold").Should().Be(decimal.Parse(units, System.Globalization.CultureInfo.InvariantCulture));
        cell.GetValue("cogs").Should().Be(decimal.Parse(cogs, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Open_RetailSmallFixture_ReadsTheSchemaInOptionAndCatalogOrder()
    {
        CsvFactSource source = CsvFactSource.Open(Fixtures.Path("retail_small.csv"));

        source.Schema.Dimensions.Should().Equal("sku", "store");
        source.Schema.Measures.Select(m => m.Id).Should().Equal(
            "units_sold", "revenue", "cogs", "on_hand_units", "on_hand_value", "stockout",
            "forecast_units", "ordered_units", "shipped_units", "promo_spend", "operating_cost");
        source.IgnoredColumns.Should().BeEmpty();
        source.Path.Should().EndWith("retail_small.csv");
    }

    [Fact]
    public void WriteTo_RetailSmallFixture_AveragesStocksOverTheDatesOfTheMonth()
    {
        CsvFactSource source = CsvFactSource.Open(Fixtures.Path("retail_small.csv"));

        FactCell january = FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Month).Total().Cells[0];

        // average_inventory_value of retail_small.gregorian-month.json, 2024-01.
        ((double)january.GetValue("on_hand_value")!.Value).Should().BeApproximately(92631.41870967743, 92631.41870967743 * 1e-9);
        january.RowCount.Should().Be(12 * 2 * 31);
        january.DateCount.Should().Be(31);
    }

    [Fact]
    public void WriteTo_ShuffledColumnsAndMixedCaseHeader_GiveTheSameCube()
    {
        string[] lines = File.ReadAllLines(Fixtures.Path("retail_small.csv"));
        string[] header = lines[0].Split(',');
        int[] order = [.. Enumerable.Range(0, header.Length).Reverse()];
        var shuffled = lines.Select((line, i) =>
        {
            string[] fields = line.Split(',');
            string[] reordered = [.. order.Select(o => fields[o])];
            return i == 0 ? string.Join(',', reordered.Select((n, k) => k % 2 == 0 ? n.ToUpperInvariant() : char.ToUpperInvariant(n[0]) + n[1..])) : string.Join(',', reordered);
        });
        string path = _temp.Write("shuffled.csv", string.Join('\n', shuffled) + "\n");

        FactCube original = FactAggregation.FromRows(CsvFactSource.Open(Fixtures.Path("retail_small.csv")), ReportingCalendars.Gregorian, PeriodGrain.Month);
        FactCube reordered = FactAggregation.FromRows(CsvFactSource.Open(path), ReportingCalendars.Gregorian, PeriodGrain.Month);

        reordered.Should().Be(original);
        reordered.Cells.Should().NotBeEmpty();
    }

    [Fact]
    public void Open_UnknownColumns_AreListedInFileOrderAndNotRead()
    {
        string path = _temp.Write("extra.csv", "region,date,revenue,comment,,store\nNorth,2024-01-01,10.5,free text,x,S1\n");

        CsvFactSource source = CsvFactSource.Open(path);

        source.IgnoredColumns.Should().Equal("region", "comment", "(unnamed column 5)");
        source.Schema.Dimensions.Should().Equal("store");
        source.Schema.Measures.Select(m => m.Id).Should().Equal("revenue");
        FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Day).Total().Cells.Single().GetValue("revenue").Should().Be(10.5m);
    }

    [Fact]
    public void WriteTo_TreatBlankAsZero_ReadsBlankMeasureCellsAsZero()
    {
        string path = _temp.Write("blanks.csv", "date,sku,revenue,units_sold\n2024-01-01,A,,3\n2024-01-01,B,2.50,\n");

        CsvFactSource source = CsvFactSource.Open(path, new FactFileOptions { TreatBlankAsZero = true });
        FactCell total = FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Day).Total().Cells.Single();

        total.GetValue("revenue").Should().Be(2.5m);
        total.GetValue("units_sold").Should().Be(3m);
        total.RowCount.Should().Be(2);
    }

    [Fact]
    public void WriteTo_HeaderOnly_GivesAnEmptyCube()
    {
        string path = _temp.Write("header-only.csv", Header + "\n");

        CsvFactSource source = CsvFactSource.Open(path);
        FactCube cube = FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Month);

        cube.IsEmpty.Should().BeTrue();
        cube.Schema.Should().Be(source.Schema);
    }

    [Fact]
    public void WriteTo_QuotedFieldsCrlfAndBom_AreRead()
    {
        string path = _temp.Write("quoted.csv", "\uFEFFdate,sku,revenue\r\n2024-01-01,\"A,1\",\"1.25\"\r\n2024-01-02,B,2\r\n");

        CsvFactSource source = CsvFactSource.Open(path);
        FactCube cube = FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Month);

        cube.Segments.Select(s => s.Label).Should().HaveCount(2);
        cube.Total().Cells.Single().GetValue("revenue").Should().Be(3.25m);
    }

    [Fact]
    public void WriteTo_CustomDimensionsAndCatalog_AreRecognised()
    {
        MeasureDefinition visits = MeasureDefinition.Flow("visits", "Visits", MeasureUnit.Count, allowsNegative: false);
        var options = new FactFileOptions
        {
            Measures = MeasureCatalog.Standard.With(visits),
            Dimensions = ["region", "store"],
        };
        string path = _temp.Write("custom.csv", "Store,Date,Visits,Region,sku\nS1,2024-03-01,7,North,A\nS2,2024-03-01,5,North,B\n");

        CsvFactSource source = CsvFactSource.Open(path, options);
        FactCube cube = FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Month);

        source.Schema.Dimensions.Should().Equal("region", "store");
        source.IgnoredColumns.Should().Equal("sku");
        cube.Total().Cells.Single().GetValue("visits").Should().Be(12m);
    }

    [Fact]
    public void WriteTo_AnyRowWriter_GetsTheSameRowsAsTheAggregatorFastPath()
    {
        CsvFactSource source = CsvFactSource.Open(Fixtures.Path("retail_small.csv"));
        var inner = new FactAggregator(source.Schema, ReportingCalendars.Gregorian, PeriodGrain.Month);

        source.WriteTo(new ForwardingWriter(inner), CancellationToken.None);

        inner.ToCube().Should().Be(FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Month));
    }

    [Fact]
    public void WriteTo_Cancelled_Throws()
    {
        CsvFactSource source = CsvFactSource.Open(Fixtures.Path("retail_small.csv"));
        var aggregator = new FactAggregator(source.Schema, ReportingCalendars.Gregorian, PeriodGrain.Month);

        Action act = () => source.WriteTo(aggregator, new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void WriteTo_Aggregator_DoesNotAllocatePerRow()
    {
        string[] lines = File.ReadAllLines(Fixtures.Path("retail_small.csv"));
        string small = _temp.Write("small.csv", string.Join('\n', lines) + "\n");
        string large = _temp.Write("large.csv", string.Join('\n', lines.Concat(Enumerable.Repeat(lines.Skip(1), 9).SelectMany(l => l))) + "\n");
        CsvFactSource smallSource = CsvFactSource.Open(small);
        CsvFactSource largeSource = CsvFactSource.Open(large);

        long smallBytes = AllocatedWhileReading(smallSource);
        long largeBytes = AllocatedWhileReading(largeSource);

        // Ten times the rows (same segments and dates) must not cost anything per row: 32,400 extra rows, < 1 byte each.
        (largeBytes - smallBytes).Should().BeLessThan(32_400);
    }

    private static long AllocatedWhileReading(CsvFactSource source)
    {
        var warmUp = new FactAggregator(source.Schema, ReportingCalendars.Gregorian, PeriodGrain.Month);
        source.WriteTo(warmUp, CancellationToken.None);
        var aggregator = new FactAggregator(source.Schema, ReportingCalendars.Gregorian, PeriodGrain.Month);
        long before = GC.GetAllocatedBytesForCurrentThread();
        source.WriteTo(aggregator, CancellationToken.None);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>A writer that is not a <see cref="FactAggregator"/>: takes the string-and-decimal path.</summary>
    private sealed class ForwardingWriter(IFactRowWriter inner) : IFactRowWriter
    {
        public int EncodeDimension(int dimension, string value) => inner.EncodeDimension(dimension, value);

        public void WriteRow(LocalDate rowDate, ReadOnlySpan<int> dimensionCodes, ReadOnlySpan<decimal> values) =>
            inner.WriteRow(rowDate, dimensionCodes, values);
    }
}
