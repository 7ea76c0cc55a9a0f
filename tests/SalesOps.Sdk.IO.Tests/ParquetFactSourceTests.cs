using System.Globalization;
using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.IO.Tests.ParquetTestFile;

namespace SalesOps.Sdk.IO.Tests;

public sealed class ParquetFactSourceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void WriteTo_FixtureRowsAsParquet_GiveTheSameCubeAsTheCsv()
    {
        string csv = Fixtures.Path("retail_small.csv");
        string[][] rows = [.. File.ReadAllLines(csv).Skip(1).Select(l => l.Split(','))];
        string path = _temp.File("retail_small.parquet");
        Write(
            path,
            rowGroupSize: 1000,
            Of("date", rows.Select(r => DateOnly.ParseExact(r[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray()),
            Text("sku", [.. rows.Select(r => r[1])]),
            Text("store", [.. rows.Select(r => r[2])]),
            Of("units_sold", rows.Select(r => int.Parse(r[3], CultureInfo.InvariantCulture)).ToArray()),
            Of("revenue", rows.Select(r => double.Parse(r[4], CultureInfo.InvariantCulture)).ToArray()),
            Decimal("cogs", [.. rows.Select(r => decimal.Parse(r[5], CultureInfo.InvariantCulture))]),
            Of("on_hand_units", rows.Select(r => long.Parse(r[6], CultureInfo.InvariantCulture)).ToArray()),
            Of("on_hand_value", rows.Select(r => double.Parse(r[7], CultureInfo.InvariantCulture)).ToArray()),
            Of("stockout", rows.Select(r => byte.Parse(r[8], CultureInfo.InvariantCulture)).ToArray()),
            Nullable("forecast_units", rows.Select(r => (int?)int.Parse(r[9], CultureInfo.InvariantCulture)).ToArray()),
            Of("ordered_units", rows.Select(r => short.Parse(r[10], CultureInfo.InvariantCulture)).ToArray()),
            Of("shipped_units", rows.Select(r => uint.Parse(r[11], CultureInfo.InvariantCulture)).ToArray()),
            Of("promo_spend", rows.Select(r => float.Parse(r[12], CultureInfo.InvariantCulture)).ToArray()),
            Text("operating_cost", [.. rows.Select(r => r[13])]));

        ParquetFactSource source = ParquetFactSource.Open(path);
        FactCube fromParquet = FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Month);
        FactCube fromCsv = FactAggregation.FromRows(CsvFactSource.Open(csv), ReportingCalendars.Gregorian, PeriodGrain.Month);

        source.Schema.Should().Be(CsvFactSource.Open(csv).Schema);
        fromParquet.Should().Be(fromCsv);
        fromParquet.Total().Cells[0].GetValue("revenue").Should().Be(500268.23m);
    }

    [Fact]
    public void WriteTo_TimestampAndStringDates_AreReadAsTheirDate()
    {
        string timestamps = _temp.File("timestamps.parquet");
        Write(timestamps, 10, Timestamp("Date", [new DateTime(2024, 1, 31, 23, 59, 0), new DateTime(2024, 2, 1)]), Of("Revenue", new[] { 1.5, 2.25 }));
        string strings = _temp.File("strings.parquet");
        Write(strings, 10, Text("date", ["2024-01-31", "2024-02-01"]), Of("revenue", new[] { 1.5, 2.25 }));

        FactCube a = FactAggregation.FromRows(ParquetFactSource.Open(timestamps), ReportingCalendars.Gregorian, PeriodGrain.Month);
        FactCube b = FactAggregation.FromRows(ParquetFactSource.Open(strings), ReportingCalendars.Gregorian, PeriodGrain.Month);

        a.Should().Be(b);
        a.Periods.Select(p => p.Label).Should().Equal("2024-01", "2024-02");
        a.Cells[1].GetValue("revenue").Should().Be(2.25m);
    }

    [Fact]
    public void Open_UnknownAndIntegerDimensionColumns_AreHandled()
    {
        string path = _temp.File("dims.parquet");
        Write(
            path,
            10,
            Text("note", ["x", "y"]),
            Of("date", new[] { new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1) }),
            Of("store", new[] { 7, 8 }),
            Of("units_sold", new[] { 2L, 3L }));

        ParquetFactSource source = ParquetFactSource.Open(path);
        FactCube cube = FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Month);

        source.IgnoredColumns.Should().Equal("note");
        cube.Segments.Select(s => s.Values[0]).Should().Equal("7", "8");
        cube.Total().Cells.Single().GetValue("units_sold").Should().Be(5m);
    }

    [Fact]
    public void WriteTo_NullMeasureWithTreatBlankAsZero_ReadsZero()
    {
        string path = _temp.File("nulls.parquet");
        Write(path, 10, Of("date", new[] { new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 2) }), Nullable("revenue", new double?[] { null, 4.5 }));

        FactCube cube = FactAggregation.FromRows(ParquetFactSource.Open(path, new FactFileOptions { TreatBlankAsZero = true }), ReportingCalendars.Gregorian, PeriodGrain.Month);

        cube.Total().Cells.Single().GetValue("revenue").Should().Be(4.5m);
        cube.Total().Cells.Single().RowCount.Should().Be(2);
    }

    [Fact]
    public void WriteTo_NoRows_GivesAnEmptyCube()
    {
        string path = _temp.File("empty.parquet");
        Write(path, 10, Of("date", Array.Empty<DateOnly>()), Of("revenue", Array.Empty<double>()));

        FactAggregation.FromRows(ParquetFactSource.Open(path), ReportingCalendars.Gregorian, PeriodGrain.Month).IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData(double.NaN, "facts.parquet row 3, column revenue: 'NaN' is not a number; NaN and infinities are not values")]
    [InlineData(double.PositiveInfinity, "facts.parquet row 3, column revenue: 'Infinity' is not a number; NaN and infinities are not values")]
    [InlineData(1.23456, "facts.parquet row 3, column revenue: '1.23456' has more than 4 decimal places; values are exact to 1/10,000")]
    [InlineData(0.00001, "facts.parquet row 3, column revenue: '1E-05' has more than 4 decimal places; values are exact to 1/10,000")]
    [InlineData(1e18, "facts.parquet row 3, column revenue: '1E+18' is too large; values are at most ±922337203685477.5807")]
    public void WriteTo_BadDouble_NamesRowColumnAndValue(double bad, string message)
    {
        FactFileException error = ReadError(
            Of("date", new[] { new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3) }),
            Of("revenue", new[] { 1.0, 2.0, bad }));

        error.Message.Should().Be(message);
        error.Row.Should().Be(3);
        error.Line.Should().BeNull();
        error.Column.Should().Be("revenue");
    }

    [Fact]
    public void WriteTo_ErrorInALaterRowGroup_CountsRowsAcrossGroups()
    {
        FactFileException error = ReadError(
            rowGroupSize: 2,
            Of("date", new[] { new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 4), new DateOnly(2024, 1, 5) }),
            Of("units_sold", new[] { 1, 2, 3, 4, -5 }));

        error.Message.Should().Be("facts.parquet row 5, column units_sold: '-5' must not be negative");
    }

    [Fact]
    public void WriteTo_BadDecimalStockoutAndStringDate_AreRefused()
    {
        ReadError(Of("date", new[] { new DateOnly(2024, 1, 1) }), Decimal("cogs", [1.23456m], scale: 5))
            .Message.Should().Be("facts.parquet row 1, column cogs: '1.23456' has more than 4 decimal places; values are exact to 1/10,000");
        ReadError(Of("date", new[] { new DateOnly(2024, 1, 1) }), Of("stockout", new[] { 2 }))
            .Message.Should().Be("facts.parquet row 1, column stockout: '2' must be 0 or 1");
        ReadError(Text("date", ["2024-02-30"]), Of("revenue", new[] { 1.0 }))
            .Message.Should().Be("facts.parquet row 1, column date: '2024-02-30' is not a valid date: February 2024 has 29 days");
    }

    [Fact]
    public void WriteTo_NullCells_AreBlankErrors()
    {
        ReadError(Nullable("date", new DateOnly?[] { null }), Of("revenue", new[] { 1.0 }))
            .Message.Should().Be("facts.parquet row 1, column date: the date is blank; every row needs a date (yyyy-MM-dd)");
        ReadError(Of("date", new[] { new DateOnly(2024, 1, 1) }), Nullable("revenue", new double?[] { null }))
            .Message.Should().Be("facts.parquet row 1, column revenue: the revenue value is blank; expected a number (set TreatBlankAsZero to read blank measure cells as 0)");
        ReadError(Of("date", new[] { new DateOnly(2024, 1, 1) }), Text("sku", [null]), Of("revenue", new[] { 1.0 }))
            .Message.Should().Be("facts.parquet row 1, column sku: the sku value is blank; every row needs one");
    }

    [Fact]
    public void Open_SchemaProblems_AreRefused()
    {
        OpenError(Of("day", new[] { new DateOnly(2024, 1, 1) }), Of("revenue", new[] { 1.0 }))
            .Message.Should().Be("facts.parquet schema, column date: the required column is missing; the header has: day, revenue");
        OpenError(Of("date", new[] { 20240101 }), Of("revenue", new[] { 1.0 }))
            .Message.Should().Be("facts.parquet schema, column date: the column has type Int32; expected a DATE, a timestamp or an ISO yyyy-MM-dd string");
        OpenError(Of("date", new[] { new DateOnly(2024, 1, 1) }), Of("revenue", new[] { true }))
            .Message.Should().Be("facts.parquet schema, column revenue: the column has type Boolean; expected an integer, DECIMAL, FLOAT or DOUBLE column");
        OpenError(Of("date", new[] { new DateOnly(2024, 1, 1) }), Of("revenue", new[] { 1.0 }), Of("REVENUE", new[] { 1.0 }))
            .Message.Should().Be("facts.parquet schema, column revenue: 'REVENUE' appears more than once in the header (columns 2 and 3; names are case-insensitive)");
    }

    [Fact]
    public void Open_NotAParquetFile_IsRefused()
    {
        string path = _temp.Write("facts.parquet", "date,revenue\n2024-01-01,1\n");

        Action act = () => ParquetFactSource.Open(path);

        act.Should().Throw<FactFileException>().Which.Message.Should().StartWith("facts.parquet: not a readable Parquet file");
    }

    [Fact]
    public void Open_MissingFile_NamesTheFile()
    {
        Action act = () => ParquetFactSource.Open(_temp.File("absent.parquet"));

        act.Should().Throw<FactFileException>().WithMessage("absent.parquet: the file does not exist");
    }

    private FactFileException ReadError(params Column[] columns) => ReadError(100, columns);

    private FactFileException ReadError(int rowGroupSize, params Column[] columns)
    {
        string path = _temp.File("facts.parquet");
        Write(path, rowGroupSize, columns);
        ParquetFactSource source = ParquetFactSource.Open(path);
        Action act = () => FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Month);
        return act.Should().Throw<FactFileException>().Which;
    }

    private FactFileException OpenError(params Column[] columns)
    {
        string path = _temp.File("facts.parquet");
        Write(path, 100, columns);
        Action act = () => ParquetFactSource.Open(path);
        return act.Should().Throw<FactFileException>().Which;
    }
}
