using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.IO.Tests;

public sealed class CsvFactSourceErrorTests : IDisposable
{
    private const string Header = "date,sku,store,units_sold,revenue,stockout,on_hand_units";
    private const string GoodRow = "2024-01-01,A,S1,3,30.00,0,10";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("2024-01-02,A,S1,3,1O.00,0,10", "facts.csv line 3, column revenue: '1O.00' is not a number", "revenue", "1O.00")]
    [InlineData("2024-01-02,A,S1,3,NaN,0,10", "facts.csv line 3, column revenue: 'NaN' is not a number; NaN and infinities are not values", "revenue", "NaN")]
    [InlineData("2024-01-02,A,S1,3,-Infinity,0,10", "facts.csv line 3, column revenue: '-Infinity' is not a number; NaN and infinities are not values", "revenue", "-Infinity")]
    [InlineData("2024-01-02,A,S1,3,1e3,0,10", "facts.csv line 3, column revenue: '1e3' is not a number", "revenue", "1e3")]
    [InlineData("2024-01-02,A,S1,3, 12.00,0,10", "facts.csv line 3, column revenue: ' 12.00' is not a number", "revenue", " 12.00")]
    [InlineData("2024-01-02,A,S1,3,12.34567,0,10", "facts.csv line 3, column revenue: '12.34567' has more than 4 decimal places; values are exact to 1/10,000", "revenue", "12.34567")]
    [InlineData("2024-01-02,A,S1,3,99999999999999999,0,10", "facts.csv line 3, column revenue: '99999999999999999' is too large; values are at most ±922337203685477.5807", "revenue", "99999999999999999")]
    [InlineData("2024-01-02,A,S1,3,922337203685477.9999,0,10", "facts.csv line 3, column revenue: '922337203685477.9999' is too large; values are at most ±922337203685477.5807", "revenue", "922337203685477.9999")]
    [InlineData("2024-02-30,A,S1,3,1.00,0,10", "facts.csv line 3, column date: '2024-02-30' is not a valid date: February 2024 has 29 days", "date", "2024-02-30")]
    [InlineData("2023-13-01,A,S1,3,1.00,0,10", "facts.csv line 3, column date: '2023-13-01' is not a valid date: there is no month 13", "date", "2023-13-01")]
    [InlineData("02/01/2024,A,S1,3,1.00,0,10", "facts.csv line 3, column date: '02/01/2024' is not a date in the form yyyy-MM-dd", "date", "02/01/2024")]
    [InlineData("2024-1-2,A,S1,3,1.00,0,10", "facts.csv line 3, column date: '2024-1-2' is not a date in the form yyyy-MM-dd", "date", "2024-1-2")]
    [InlineData(",A,S1,3,1.00,0,10", "facts.csv line 3, column date: the date is blank; every row needs a date (yyyy-MM-dd)", "date", "")]
    [InlineData("2024-01-02,A,S1,3,1.00,2,10", "facts.csv line 3, column stockout: '2' must be 0 or 1", "stockout", "2")]
    [InlineData("2024-01-02,A,S1,3,1.00,0.5,10", "facts.csv line 3, column stockout: '0.5' must be 0 or 1", "stockout", "0.5")]
    [InlineData("2024-01-02,A,S1,-3,1.00,0,10", "facts.csv line 3, column units_sold: '-3' must not be negative", "units_sold", "-3")]
    [InlineData("2024-01-02,A,S1,3,1.00,0,-1", "facts.csv line 3, column on_hand_units: '-1' must not be negative", "on_hand_units", "-1")]
    [InlineData("2024-01-02,A,S1,3,,0,10", "facts.csv line 3, column revenue: the revenue value is blank; expected a number (set TreatBlankAsZero to read blank measure cells as 0)", "revenue", "")]
    [InlineData("2024-01-02,,S1,3,1.00,0,10", "facts.csv line 3, column sku: the sku value is blank; every row needs one", "sku", "")]
    [InlineData("2024-01-02,A, ,3,1.00,0,10", "facts.csv line 3, column store: the store value is blank; every row needs one", "store", " ")]
    public void WriteTo_BadValue_NamesFileLineColumnAndValue(string badRow, string message, string column, string value)
    {
        FactFileException error = ReadError(Header + "\n" + GoodRow + "\n" + badRow + "\n" + GoodRow + "\n");

        error.Message.Should().Be(message);
        error.Line.Should().Be(3);
        error.Row.Should().BeNull();
        error.Column.Should().Be(column);
        error.Value.Should().Be(value);
        error.FilePath.Should().Be(_temp.File("facts.csv"));
    }

    [Fact]
    public void WriteTo_NegativeRevenue_IsAllowed()
    {
        FactCube cube = Read(Header + "\n" + "2024-01-02,A,S1,0,-5.00,0,10\n");

        cube.Total().Cells.Single().GetValue("revenue").Should().Be(-5m);
    }

    [Theory]
    [InlineData("2024-01-02,A,S1,3,1.00,0", "facts.csv line 3: the line has 6 fields but the header has 7")]
    [InlineData("2024-01-02,A,S1,3,1.00,0,10,extra", "facts.csv line 3: the line has 8 fields but the header has 7")]
    [InlineData("", "facts.csv line 3: the line is blank; expected 7 fields")]
    public void WriteTo_WrongFieldCount_NamesTheLine(string badRow, string message)
    {
        FactFileException error = ReadError(Header + "\n" + GoodRow + "\n" + badRow + "\n" + GoodRow + "\n");

        error.Message.Should().Be(message);
        error.Line.Should().Be(3);
        error.Column.Should().BeNull();
    }

    [Fact]
    public void WriteTo_QuotedFieldSpanningLines_CountsPhysicalLines()
    {
        FactFileException error = ReadError(Header + "\n" + "2024-01-01,\"A\nB\",S1,3,1.00,0,10\n" + "2024-01-02,A,S1,x,1.00,0,10\n");

        error.Message.Should().Be("facts.csv line 4, column units_sold: 'x' is not a number");
    }

    [Fact]
    public void Open_MissingDateColumn_IsRefused()
    {
        FactFileException error = OpenError("sku,store,revenue\nA,S1,1.00\n");

        error.Message.Should().Be("facts.csv line 1, column date: the required column is missing; the header has: sku, store, revenue");
        error.Line.Should().Be(1);
        error.Column.Should().Be("date");
    }

    [Fact]
    public void Open_DuplicateHeaderNamesIgnoringCase_IsRefused()
    {
        FactFileException error = OpenError("date,revenue,sku,Revenue\n2024-01-01,1,A,2\n");

        error.Message.Should().Be("facts.csv line 1, column revenue: 'Revenue' appears more than once in the header (columns 2 and 4; names are case-insensitive)");
        error.Line.Should().Be(1);
    }

    [Fact]
    public void Open_NoMeasureColumn_IsRefused()
    {
        FactFileException error = OpenError("date,sku,comment\n2024-01-01,A,x\n");

        error.Message.Should().StartWith("facts.csv line 1: no measure column; expected at least one of: units_sold, revenue, cogs, ");
    }

    [Fact]
    public void Open_EmptyFile_IsRefused()
    {
        FactFileException error = OpenError(string.Empty);

        error.Message.Should().Be("facts.csv: the file is empty; expected a header line naming the columns (date, dimensions, measures)");
        error.Line.Should().BeNull();
    }

    [Fact]
    public void Open_MissingFile_NamesTheFileNotTheFolder()
    {
        string path = _temp.File("absent.csv");

        Action act = () => CsvFactSource.Open(path);

        FactFileException error = act.Should().Throw<FactFileException>().Which;
        error.Message.Should().Be("absent.csv: the file does not exist");
        error.FilePath.Should().Be(path);
        error.InnerException.Should().BeOfType<FileNotFoundException>();
    }

    [Fact]
    public void Open_DimensionNamedLikeAMeasure_IsAnArgumentError()
    {
        string path = _temp.Write("facts.csv", Header + "\n");

        Action act = () => CsvFactSource.Open(path, new FactFileOptions { Dimensions = ["revenue"] });

        act.Should().Throw<ArgumentException>().WithMessage("*'revenue' cannot be a dimension*");
    }

    [Fact]
    public void WriteTo_BadRowAfterGoodRows_PropagatesSoNoCubeIsBuilt()
    {
        string path = _temp.Write("facts.csv", Header + "\n" + GoodRow + "\n" + "2024-01-02,A,S1,3,bad,0,10\n");
        CsvFactSource source = CsvFactSource.Open(path);

        Func<FactCube> act = () => FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Month);

        act.Should().Throw<FactFileException>().WithMessage("facts.csv line 3, column revenue: 'bad' is not a number");
    }

    [Fact]
    public void WriteTo_HeaderChangedAfterOpen_IsRefused()
    {
        string path = _temp.Write("facts.csv", Header + "\n" + GoodRow + "\n");
        CsvFactSource source = CsvFactSource.Open(path);
        File.WriteAllText(path, "date,store,sku,units_sold,revenue,stockout,on_hand_units\n");

        Func<FactCube> act = () => FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Month);

        act.Should().Throw<FactFileException>().WithMessage("facts.csv line 1: the header changed since the file was opened");
    }

    private FactCube Read(string content)
    {
        string path = _temp.Write("facts.csv", content);
        return FactAggregation.FromRows(CsvFactSource.Open(path), ReportingCalendars.Gregorian, PeriodGrain.Month);
    }

    private FactFileException ReadError(string content)
    {
        Action act = () => Read(content);
        return act.Should().Throw<FactFileException>().Which;
    }

    private FactFileException OpenError(string content)
    {
        string path = _temp.Write("facts.csv", content);
        Action act = () => CsvFactSource.Open(path);
        return act.Should().Throw<FactFileException>().Which;
    }
}
