using System.Globalization;
using System.Text;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.IO.Tests;

/// <summary>
/// <see cref="CsvFactSource.Aggregate"/>: parts of the file parsed in parallel give the cube and the errors of the
/// single-threaded <see cref="CsvFactSource.WriteTo"/>. Tiny parts (a few bytes) force many split points.
/// </summary>
public sealed class CsvFactSourceParallelTests : IDisposable
{
    private const string Header = "date,sku,store,units_sold,revenue,cogs,on_hand_units,on_hand_value,stockout,forecast_units";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("retail_small.csv")]
    [InlineData("balanced.csv")]
    [InlineData("silo.csv")]
    public void Aggregate_Fixture_EqualsTheSingleThreadedRead(string fixture)
    {
        string path = Fixtures.Path(fixture);
        FactCube expected = ReadOnOneThread(path);

        foreach ((int threads, long minPartBytes) in new[] { (1, 1L), (2, 1L), (3, 1000L), (8, 1L), (64, 1L) })
        {
            FactCube cube = Aggregate(path, threads, minPartBytes);

            AssertSameCube(cube, expected);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Open_ThreadCountBelowOne_Throws(int threads)
    {
        Action open = () => CsvFactSource.Open(Fixtures.Path("balanced.csv"), new FactFileOptions { MaxDegreeOfParallelism = threads });

        open.Should().Throw<ArgumentOutOfRangeException>().WithMessage("FactFileOptions.MaxDegreeOfParallelism should be at least 1.*");
    }

    [Fact]
    public void Aggregate_GeneratedFileInManyParts_EqualsTheSingleThreadedRead()
    {
        string path = _temp.Write("generated.csv", Generate(5000));
        FactCube expected = ReadOnOneThread(path);

        foreach (int threads in new[] { 2, 7, 16, 100 })
        {
            AssertSameCube(Aggregate(path, threads, minPartBytes: 512), expected);
        }

        expected.Total().Cells.Sum(c => c.RowCount).Should().Be(5000);
    }

    [Theory]
    [InlineData(Grain.Week)]
    [InlineData(Grain.Quarter)]
    public void Aggregate_OtherCalendarsAndGrains_EqualTheSingleThreadedRead(Grain grain)
    {
        string path = _temp.Write("generated.csv", Generate(2000));
        ReportingCalendar calendar = grain == Grain.Week ? ReportingCalendars.Nrf454 : ReportingCalendars.Gregorian;
        PeriodGrain periodGrain = grain == Grain.Week ? PeriodGrain.Week : PeriodGrain.Quarter;
        CsvFactSource single = CsvFactSource.Open(path, new FactFileOptions { MaxDegreeOfParallelism = 1 });
        CsvFactSource parallel = CsvFactSource.Open(path, new FactFileOptions { MaxDegreeOfParallelism = 5 });

        FactCube expected = FactAggregation.FromRows(single, calendar, periodGrain);

        AssertSameCube(parallel.AggregateInParts(calendar, periodGrain, 256, CancellationToken.None), expected);
    }

    [Fact]
    public void Aggregate_EverySplitPointOfASmallFile_EqualsTheSingleThreadedRead()
    {
        // Blank-free rows with quoted fields, an escaped quote, a line break inside a quoted field and CRLF endings:
        // with one-byte parts and every thread count the split points fall everywhere, inside the quoted field too.
        string content = Header + "\r\n"
            + "2024-01-01,\"A\r\nB\",S1,1,10.5,5,3,15,0,2\r\n"
            + "2024-01-02,\"Q\"\"uote\",S1,2,20,10,4,20,0,1\r\n"
            + "2024-01-31,C,\"S,2\",3,30.25,15,5,25,1,3\r\n"
            + "2024-02-01,\"D\nE\n\",S2,4,40,20,6,30,0,4\r\n"
            + "2024-02-02,A,S1,5,50.0001,25,7,35,0,5";
        string path = _temp.Write("small.csv", content);
        FactCube expected = ReadOnOneThread(path);
        int length = Encoding.UTF8.GetByteCount(content);

        for (int threads = 1; threads <= length + 1; threads++)
        {
            AssertSameCube(Aggregate(path, threads, minPartBytes: 1), expected);
        }
    }

    [Fact]
    public void Aggregate_ErrorInALaterPart_NamesItsLineInTheFile()
    {
        var rows = GenerateRows(3000);
        rows[1499] = "2024-03-01,A,S1,2,12.x5,1,1,1,0,1";
        string path = _temp.Write("facts.csv", Join(rows));

        FactFileException expected = ReadErrorOnOneThread(path);
        FactFileException error = AggregateError(path, threads: 8, minPartBytes: 1024);

        expected.Message.Should().Be("facts.csv line 1501, column revenue: '12.x5' is not a number");
        error.Message.Should().Be(expected.Message);
        error.Line.Should().Be(1501);
        error.Column.Should().Be("revenue");
        error.Value.Should().Be("12.x5");
    }

    [Fact]
    public void Aggregate_ErrorsInSeveralParts_ReportsTheFirstInFileOrder()
    {
        var rows = GenerateRows(4000);
        rows[600] = "2024-03-01,A,S1,2,12,1,1,1,7,1";
        rows[2500] = "2024-13-01,A,S1,2,12,1,1,1,0,1";
        rows[3900] = "";
        string path = _temp.Write("facts.csv", Join(rows));

        foreach (int threads in new[] { 1, 2, 4, 16 })
        {
            FactFileException error = AggregateError(path, threads, minPartBytes: 2048);

            error.Message.Should().Be("facts.csv line 602, column stockout: '7' must be 0 or 1");
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Aggregate_BlankLineAtTheEnd_NamesTheLineAtEverySplit(string lineEnd)
    {
        string content = Header + lineEnd + string.Join(lineEnd, GenerateRows(6)) + lineEnd + lineEnd;
        string path = _temp.Write("facts.csv", content);
        string expected = ReadErrorOnOneThread(path).Message;

        expected.Should().Be("facts.csv line 8: the line is blank; expected 10 fields");
        for (int threads = 2; threads <= content.Length + 1; threads++)
        {
            AggregateError(path, threads, minPartBytes: 1).Message.Should().Be(expected);
        }
    }

    [Fact]
    public void Aggregate_QuotedLineBreaksBeforeALaterError_CountPhysicalLines()
    {
        var rows = GenerateRows(2000);
        for (int i = 0; i < rows.Count; i += 7)
        {
            rows[i] = rows[i].Replace(",A,", ",\"A\nA\",", StringComparison.Ordinal);
        }

        rows[1800] = "2024-03-01,A,S1,2,12,1,1,-1,0,1";
        string path = _temp.Write("facts.csv", Join(rows));

        FactFileException expected = ReadErrorOnOneThread(path);

        expected.Line.Should().Be(1802 + (1800 / 7) + 1);
        foreach (int threads in new[] { 2, 3, 9, 31 })
        {
            AggregateError(path, threads, minPartBytes: 100).Message.Should().Be(expected.Message);
        }
    }

    [Fact]
    public void Aggregate_QuotedLineBreaksEverywhere_EqualTheSingleThreadedRead()
    {
        var rows = GenerateRows(2000);
        for (int i = 0; i < rows.Count; i += 3)
        {
            rows[i] = rows[i].Replace(",S1,", ",\"S\n1\",", StringComparison.Ordinal);
        }

        string path = _temp.Write("facts.csv", Join(rows));
        FactCube expected = ReadOnOneThread(path);

        foreach (int threads in new[] { 2, 5, 13, 50 })
        {
            AssertSameCube(Aggregate(path, threads, minPartBytes: 64), expected);
        }
    }

    [Fact]
    public void Aggregate_CrlfLineEndings_EqualAndNameTheRightLine()
    {
        var rows = GenerateRows(1500);
        string good = _temp.Write("good.csv", Join(rows).Replace("\n", "\r\n", StringComparison.Ordinal));
        rows[1200] = "2024-03-01,A,S1,2,12,1,1,1,0";
        string bad = _temp.Write("bad.csv", Join(rows).Replace("\n", "\r\n", StringComparison.Ordinal));

        AssertSameCube(Aggregate(good, 6, minPartBytes: 300), ReadOnOneThread(good));
        AggregateError(bad, 6, minPartBytes: 300).Message.Should().Be("bad.csv line 1202: the line has 9 fields but the header has 10");
    }

    [Fact]
    public void Aggregate_Utf8ByteOrderMark_EqualsTheSingleThreadedRead()
    {
        string path = _temp.File("bom.csv");
        File.WriteAllText(path, Join(GenerateRows(1000)), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        File.ReadAllBytes(path)[..3].Should().Equal(0xEF, 0xBB, 0xBF);
        AssertSameCube(Aggregate(path, 4, minPartBytes: 100), ReadOnOneThread(path));
    }

    [Fact]
    public void Aggregate_Utf16File_IsReadOnOneThreadWithTheSameResult()
    {
        string path = _temp.File("utf16.csv");
        File.WriteAllText(path, Join(GenerateRows(500)), Encoding.Unicode);

        FactCube cube = Aggregate(path, 4, minPartBytes: 100);

        AssertSameCube(cube, ReadOnOneThread(path));
        cube.Total().Cells.Sum(c => c.RowCount).Should().Be(500);
    }

    [Fact]
    public void Aggregate_NonAsciiDimensionValues_EqualTheSingleThreadedRead()
    {
        var rows = GenerateRows(1000).Select((r, i) => i % 2 == 0 ? r.Replace(",A,", ",Größe-Ü€,", StringComparison.Ordinal) : r).ToList();
        string path = _temp.Write("utf8.csv", Join(rows));

        FactCube cube = Aggregate(path, 7, minPartBytes: 50);

        AssertSameCube(cube, ReadOnOneThread(path));
        cube.Segments.Select(s => s.Values[0]).Should().Contain("Größe-Ü€");
    }

    [Fact]
    public void Aggregate_HeaderOnly_GivesAnEmptyCube()
    {
        string path = _temp.Write("header-only.csv", Header + "\n");

        FactCube cube = Aggregate(path, 4, minPartBytes: 1);

        cube.IsEmpty.Should().BeTrue();
        cube.Schema.Should().Be(CsvFactSource.Open(path).Schema);
    }

    [Fact]
    public void Aggregate_FewerLinesThanThreads_EqualsTheSingleThreadedRead()
    {
        string path = _temp.Write("two.csv", Header + "\n2024-01-01,A,S1,1,2,1,1,1,0,1\n2024-02-01,B,S2,1,3,1,1,1,1,1\n");

        AssertSameCube(Aggregate(path, 64, minPartBytes: 1), ReadOnOneThread(path));
    }

    [Fact]
    public void Aggregate_RunningTotalOverflowAcrossParts_NamesTheLineOfTheSingleThreadedRead()
    {
        // 400,000,000,000,000 per row: no part on its own passes ±922,337,203,685,477.5807, the file does at row 3.
        var rows = Enumerable.Range(0, 8).Select(i => $"2024-01-0{i + 1},A,S1,1,400000000000000,1,1,1,0,1").ToList();
        string path = _temp.Write("big.csv", Join(rows));

        FactFileException expected = ReadErrorOnOneThread(path);
        FactFileException error = AggregateError(path, 8, minPartBytes: 1);

        expected.Message.Should().Be("big.csv line 4: a running total exceeds the exact range of ±922337203685477.5807");
        error.Message.Should().Be(expected.Message);
        error.InnerException.Should().BeOfType<OverflowException>();
    }

    [Fact]
    public void Aggregate_Cancelled_Throws()
    {
        string path = _temp.Write("generated.csv", Generate(1000));
        CsvFactSource source = CsvFactSource.Open(path, new FactFileOptions { MaxDegreeOfParallelism = 4 });

        Action act = () => source.AggregateInParts(ReportingCalendars.Gregorian, PeriodGrain.Month, 64, new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Aggregate_Progress_EndsAtTheRowCount()
    {
        string path = _temp.Write("generated.csv", Generate(20_000));
        var progress = new MaxProgress();

        CsvFactSource.Open(path, new FactFileOptions { MaxDegreeOfParallelism = 3 })
            .AggregateInParts(ReportingCalendars.Gregorian, PeriodGrain.Month, ["sku", "store"], progress, 1024, CancellationToken.None);

        progress.Max.Should().Be(20_000);
    }

    [Fact]
    public void Aggregate_DefaultPartSize_ReadsASmallFileWhole()
    {
        CsvFactSource source = CsvFactSource.Open(Fixtures.Path("retail_small.csv"), new FactFileOptions { MaxDegreeOfParallelism = 4 });

        FactCube cube = source.Aggregate(ReportingCalendars.Gregorian, PeriodGrain.Month);

        AssertSameCube(cube, ReadOnOneThread(source.Path));
    }

    [Theory]
    [InlineData(new string[0], 1)]
    [InlineData(new[] { "store" }, 1)]
    [InlineData(new[] { "store", "sku" }, 1)]
    [InlineData(new string[0], 6)]
    [InlineData(new[] { "sku" }, 6)]
    public void AggregateRolledUp_SomeDimensions_EqualsTheRollUpOfTheFullCube(string[] dimensions, int threads)
    {
        string path = _temp.Write("generated.csv", Generate(3000));
        FactCube expected = ReadOnOneThread(path).RollUp(dimensions);
        CsvFactSource source = CsvFactSource.Open(path, new FactFileOptions { MaxDegreeOfParallelism = threads });

        FactCube cube = source.AggregateInParts(ReportingCalendars.Gregorian, PeriodGrain.Month, dimensions, null, 512, CancellationToken.None);

        cube.Schema.Dimensions.Should().Equal(dimensions);
        cube.Dimensions.Should().Equal(expected.Dimensions);
        AssertSameCells(cube, expected);
    }

    [Fact]
    public void AggregateRolledUp_Fixture_GivesTheTotalOfTheFullCube()
    {
        CsvFactSource source = CsvFactSource.Open(Fixtures.Path("retail_small.csv"));

        FactCube cube = source.AggregateRolledUp(ReportingCalendars.Nrf454, PeriodGrain.Week, []);

        CsvFactSource full = CsvFactSource.Open(Fixtures.Path("retail_small.csv"));
        AssertSameCells(cube, FactAggregation.FromRows(full, ReportingCalendars.Nrf454, PeriodGrain.Week).Total());
    }

    [Fact]
    public void AggregateRolledUp_BlankValueOfADimensionNotKept_IsStillAnError()
    {
        var rows = GenerateRows(2000);
        rows[1700] = "2024-03-01, ,S1,2,12,1,1,1,0,1";
        string path = _temp.Write("facts.csv", Join(rows));
        CsvFactSource source = CsvFactSource.Open(path, new FactFileOptions { MaxDegreeOfParallelism = 4 });

        Action act = () => source.AggregateInParts(ReportingCalendars.Gregorian, PeriodGrain.Month, [], null, 256, CancellationToken.None);

        act.Should().Throw<FactFileException>().WithMessage("facts.csv line 1702, column sku: the sku value is blank; every row needs one");
    }

    [Theory]
    [InlineData(new[] { "region" }, "'region' is not a dimension of facts.csv; its dimensions are [sku, store].*")]
    [InlineData(new[] { "sku", "sku" }, "Dimension 'sku' is named more than once.*")]
    public void AggregateRolledUp_BadDimensions_AreRefused(string[] dimensions, string message)
    {
        CsvFactSource source = CsvFactSource.Open(_temp.Write("facts.csv", Header + "\n"));

        Action act = () => source.AggregateRolledUp(ReportingCalendars.Gregorian, PeriodGrain.Month, dimensions);

        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Open_MaxDegreeOfParallelismBelowOne_IsRefused(int threads)
    {
        string path = _temp.Write("facts.csv", Header + "\n");

        Action act = () => CsvFactSource.Open(path, new FactFileOptions { MaxDegreeOfParallelism = threads });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("FactFileOptions.MaxDegreeOfParallelism should be at least 1.*");
    }

    [Fact]
    public void FactFileOptions_Default_UsesEveryProcessor()
    {
        FactFileOptions.Default.MaxDegreeOfParallelism.Should().Be(Environment.ProcessorCount);
    }

    public enum Grain
    {
        Week,
        Quarter,
    }

    private static void AssertSameCube(FactCube actual, FactCube expected)
    {
        actual.Should().Be(expected);
        AssertSameState(actual.ToSnapshot(), expected.ToSnapshot());
    }

    /// <summary>The same periods, segment values and aggregation state; the schemas may list different dimensions.</summary>
    private static void AssertSameCells(FactCube actual, FactCube expected)
    {
        actual.Periods.Should().Equal(expected.Periods);
        actual.Measures.Should().Equal(expected.Measures);
        FactCubeSnapshot a = actual.ToSnapshot();
        FactCubeSnapshot b = expected.ToSnapshot();
        a.Dimensions.Should().Equal(b.Dimensions);
        AssertSameState(a, b);
        a.CellCount.Should().BePositive();
    }

    /// <summary>The same period starts, segment values and every part of the cells' aggregation state.</summary>
    private static void AssertSameState(FactCubeSnapshot a, FactCubeSnapshot b)
    {
        a.PeriodStarts.Should().Equal(b.PeriodStarts);
        a.SegmentValues.Should().Equal(b.SegmentValues);
        a.Sums.Should().Equal(b.Sums);
        a.DateBits.Should().Equal(b.DateBits);
        a.FirstDays.Should().Equal(b.FirstDays);
        a.LastDays.Should().Equal(b.LastDays);
        a.FirstSums.Should().Equal(b.FirstSums);
        a.LastSums.Should().Equal(b.LastSums);
        a.DailySums.Should().Equal(b.DailySums);
    }

    private static FactCube ReadOnOneThread(string path)
    {
        CsvFactSource source = CsvFactSource.Open(path);
        var aggregator = new FactAggregator(source.Schema, ReportingCalendars.Gregorian, PeriodGrain.Month);
        source.WriteTo(aggregator, CancellationToken.None);
        return aggregator.ToCube();
    }

    private static FactCube Aggregate(string path, int threads, long minPartBytes) =>
        CsvFactSource.Open(path, new FactFileOptions { MaxDegreeOfParallelism = threads })
            .AggregateInParts(ReportingCalendars.Gregorian, PeriodGrain.Month, minPartBytes, CancellationToken.None);

    private static FactFileException ReadErrorOnOneThread(string path)
    {
        Action act = () => ReadOnOneThread(path);
        return act.Should().Throw<FactFileException>().Which;
    }

    private static FactFileException AggregateError(string path, int threads, long minPartBytes)
    {
        Action act = () => Aggregate(path, threads, minPartBytes);
        return act.Should().Throw<FactFileException>().Which;
    }

    private static string Generate(int rows) => Join(GenerateRows(rows));

    private static string Join(List<string> rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    /// <summary>Rows over 400 days, 7 SKUs and 3 stores, with values that have up to four decimals.</summary>
    private static List<string> GenerateRows(int count)
    {
        var rows = new List<string>(count);
        var start = new DateOnly(2024, 1, 1);
        for (int i = 0; i < count; i++)
        {
            string date = start.AddDays(i * 400 / count).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string sku = ((char)('A' + (i % 7))).ToString();
            string store = "S" + ((i % 3) + 1).ToString(CultureInfo.InvariantCulture);
            int units = i % 11;
            string revenue = (units * 12.3457m).ToString(CultureInfo.InvariantCulture);
            string cogs = (units * 7.5m).ToString(CultureInfo.InvariantCulture);
            int onHand = (i * 7) % 40;
            string onHandValue = (onHand * 4.25m).ToString(CultureInfo.InvariantCulture);
            string stockout = onHand == 0 ? "1" : "0";
            rows.Add(string.Join(',', date, sku, store, units.ToString(CultureInfo.InvariantCulture), revenue, cogs, onHand.ToString(CultureInfo.InvariantCulture), onHandValue, stockout, (units + (i % 3)).ToString(CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    private sealed class MaxProgress : IProgress<long>
    {
        private long _max;

        public long Max => Interlocked.Read(ref _max);

        public void Report(long value)
        {
            long current = Interlocked.Read(ref _max);
            while (value > current)
            {
                long seen = Interlocked.CompareExchange(ref _max, value, current);
                if (seen == current)
                {
                    return;
                }

                current = seen;
            }
        }
    }
}
