using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

public class FactAggregationTests
{
    private static readonly FactSchema RawSchema = new(
        ["store"],
        [StandardMeasures.UnitsSold, StandardMeasures.Revenue, StandardMeasures.OnHandValue, StandardMeasures.Stockout, StandardMeasures.ForecastUnits]);

    private static readonly FactSchema AggregatedSchema = new(
        ["store"],
        [
            StandardMeasures.UnitsSold, StandardMeasures.Revenue, StandardMeasures.OnHandValue, StandardMeasures.Stockout,
            StandardMeasures.ForecastUnits, StandardMeasures.RowCount, StandardMeasures.ForecastAbsError,
        ]);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void FromPartitions_AnyParallelism_EqualsOnePassOverAllRows(int parallelism)
    {
        List<FactRow> rows = [.. RandomRows(20_000, 42).Select(ToFactRow)];
        FactCube sequential = FactAggregation.FromRows(new InMemoryFactRowSource(LawSchema, rows), Gregorian, PeriodGrain.Week);
        InMemoryFactRowSource[] partitions = [.. rows.Chunk(2_858).Select(chunk => new InMemoryFactRowSource(LawSchema, chunk))];

        FactCube parallel = FactAggregation.FromPartitions(
            partitions,
            Gregorian,
            PeriodGrain.Week,
            new FactAggregationOptions { MaxDegreeOfParallelism = parallelism });

        partitions.Length.Should().Be(7);
        parallel.Should().Be(sequential);
        parallel.Total().Cells.Sum(c => c.RowCount).Should().Be(20_000);
    }

    [Fact]
    public void FromPartitions_InterleavedPartitions_EqualsOnePassForMonthAndWeek()
    {
        List<FactRow> rows = [.. RandomRows(10_000, 7).Select(ToFactRow)];
        InMemoryFactRowSource[] partitions =
            [.. Enumerable.Range(0, 3).Select(p => new InMemoryFactRowSource(LawSchema, rows.Where((_, i) => i % 3 == p)))];

        foreach (PeriodGrain grain in LawGrains)
        {
            FactCube sequential = FactAggregation.FromRows(new InMemoryFactRowSource(LawSchema, rows), Gregorian, grain);
            FactAggregation.FromPartitions(partitions, Gregorian, grain, new FactAggregationOptions { MaxDegreeOfParallelism = 2 })
                .Should().Be(sequential);
        }
    }

    [Fact]
    public void FromPartitions_WithAnEmptyPartition_EqualsOnePassOverAllRows()
    {
        List<FactRow> rows = [.. RandomRows(1_000, 8).Select(ToFactRow)];
        InMemoryFactRowSource[] partitions =
        [
            new(LawSchema, rows.Take(600)),
            new(LawSchema, []),
            new(LawSchema, rows.Skip(600)),
        ];

        FactAggregation.FromPartitions(partitions, Gregorian, PeriodGrain.Month)
            .Should().Be(FactAggregation.FromRows(new InMemoryFactRowSource(LawSchema, rows), Gregorian, PeriodGrain.Month));
    }

    [Fact]
    public void FromPartitions_AllPartitionsEmpty_IsEmptyCube()
    {
        FactCube cube = FactAggregation.FromPartitions([new InMemoryFactRowSource(LawSchema, [])], Gregorian, PeriodGrain.Month);

        cube.Should().Be(FactCube.Empty(LawSchema, Gregorian, PeriodGrain.Month));
        cube.Dimensions.Should().Equal("sku", "store");
    }

    [Fact]
    public void FromPartitions_DifferentSchemas_ThrowsNamingThePartition()
    {
        IFactRowSource[] partitions = [new InMemoryFactRowSource(LawSchema, []), new InMemoryFactRowSource(RawSchema, [])];

        Action act = () => FactAggregation.FromPartitions(partitions, Gregorian, PeriodGrain.Month);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("Partition 1");
    }

    [Fact]
    public void FromPartitions_NoPartitionsOrZeroParallelism_Throws()
    {
        Action none = () => FactAggregation.FromPartitions([], Gregorian, PeriodGrain.Month);
        Action zero = () => FactAggregation.FromPartitions(
            [new InMemoryFactRowSource(LawSchema, [])], Gregorian, PeriodGrain.Month, new FactAggregationOptions { MaxDegreeOfParallelism = 0 });

        none.Should().Throw<ArgumentException>();
        zero.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FromPartitions_InvalidRowInOnePartition_ThrowsFactDataExceptionWithRowIndex()
    {
        List<FactRow> rows = [.. RandomRows(100, 9).Select(ToFactRow)];
        FactRow bad = rows[17] with { Values = [.. rows[17].Values.Select((v, i) => i == 4 ? 2m : v)] };
        rows[17] = bad;

        Action act = () => FactAggregation.FromPartitions(
            [new InMemoryFactRowSource(LawSchema, rows.Take(50)), new InMemoryFactRowSource(LawSchema, rows.Skip(50))],
            Gregorian,
            PeriodGrain.Month);

        act.Should().Throw<Exception>().Which.Should().Match<Exception>(ex => Flatten(ex).Any(e =>
            e is FactDataException && e.Message.Contains("rows[17]", StringComparison.Ordinal) && e.Message.Contains("stockout", StringComparison.Ordinal)));
    }

    [Fact]
    public void FromAggregatedFacts_HandSummedFacts_GiveTheSameCellsAsTheRawRows()
    {
        var d1 = new LocalDate(2024, 6, 3);
        var d2 = new LocalDate(2024, 6, 4);
        FactRow[] raw =
        [
            Row(d1, ["S1"], 2m, 10.50m, 5m, 0m, 3m),
            Row(d1, ["S1"], 4m, 20.25m, 7m, 1m, 1m),
            Row(d1, ["S2"], 1m, 3.00m, 2m, 0m, 1m),
            Row(d2, ["S1"], 3m, 9.90m, 6m, 1m, 5m),
            Row(d2, ["S1"], 0m, 0m, 1m, 1m, 0.5m),
        ];

        // GROUP BY date, store: SUM of each column, COUNT(*), SUM(ABS(forecast − sold)).
        AggregatedFact[] facts =
        [
            new(d1, ["S1"], [6m, 30.75m, 12m, 1m, 4m, 2m, 4m], 2),
            new(d1, ["S2"], [1m, 3.00m, 2m, 0m, 1m, 1m, 0m], 1),
            new(d2, ["S1"], [3m, 9.90m, 7m, 2m, 5.5m, 2m, 2.5m], 2),
        ];

        FactCube fromRows = FromRows(RawSchema, PeriodGrain.Month, raw);
        FactCube fromFacts = FactAggregation.FromAggregatedFacts(new InMemoryAggregatedFactSource(AggregatedSchema, facts), Gregorian, PeriodGrain.Month);

        Snapshot(fromFacts).Should().Equal(Snapshot(fromRows));
        FactCell total = fromFacts.Total().Cells.Single();
        total.GetValue("revenue").Should().Be(43.65m);
        total.GetValue("on_hand_value").Should().Be(10.5m);
        total.GetValue("on_hand_value", TimeAggregation.Last).Should().Be(7m);
        total.GetValue("forecast_abs_error").Should().Be(6.5m);
        total.GetValue("stockout").Should().Be(3m);
        total.RowCount.Should().Be(5);
        total.DateCount.Should().Be(2);
    }

    [Theory]
    [InlineData(PeriodGrain.Month)]
    [InlineData(PeriodGrain.Week)]
    public void FromAggregatedFacts_GroupedRandomRows_GiveTheSameCellsAsTheRawRows(PeriodGrain grain)
    {
        var random = new Random(1234);
        FactRow[] raw =
        [
            .. Enumerable.Range(0, 5_000).Select(_ => Row(
                WindowStart.PlusDays(random.Next(90)),
                [Stores[random.Next(Stores.Length)]],
                random.Next(0, 40),
                random.Next(-500, 100_000) / 100m,
                random.Next(0, 1_000_000) / 10_000m,
                random.Next(2),
                random.Next(0, 45))),
        ];
        AggregatedFact[] facts =
        [
            .. raw.GroupBy(r => (r.Date, Store: r.DimensionValues[0])).Select(g => new AggregatedFact(
                g.Key.Date,
                [g.Key.Store],
                [
                    g.Sum(r => r.Values[0]), g.Sum(r => r.Values[1]), g.Sum(r => r.Values[2]), g.Sum(r => r.Values[3]),
                    g.Sum(r => r.Values[4]), g.Count(), g.Sum(r => Math.Abs(r.Values[4] - r.Values[0])),
                ],
                g.Count())),
        ];

        FactCube fromRows = FromRows(RawSchema, grain, raw);
        FactCube fromFacts = FactAggregation.FromAggregatedFacts(new InMemoryAggregatedFactSource(AggregatedSchema, facts), Gregorian, grain);

        Snapshot(fromFacts).Should().Equal(Snapshot(fromRows));
        Snapshot(fromFacts.Total()).Should().Equal(Snapshot(fromRows.Total()));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-3L)]
    public void FromAggregatedFacts_RowCountBelowOne_ThrowsFactDataException(long rowCount)
    {
        var source = new InMemoryAggregatedFactSource(
            new FactSchema(["store"], [StandardMeasures.Revenue]),
            [new AggregatedFact(new LocalDate(2024, 1, 1), ["S1"], [1m], rowCount)]);

        Action act = () => FactAggregation.FromAggregatedFacts(source, Gregorian, PeriodGrain.Month);

        act.Should().Throw<FactDataException>().Which.Column.Should().Be("row_count");
    }

    [Fact]
    public void FromAggregatedFacts_NegativeUnits_ThrowsFactDataException()
    {
        var source = new InMemoryAggregatedFactSource(
            new FactSchema(["store"], [StandardMeasures.UnitsSold]),
            [new AggregatedFact(new LocalDate(2024, 1, 1), ["S1"], [-4m], 2)]);

        Action act = () => FactAggregation.FromAggregatedFacts(source, Gregorian, PeriodGrain.Month);

        act.Should().Throw<FactDataException>().Which.Column.Should().Be("units_sold");
    }

    [Fact]
    public void FromAggregatedFacts_WithoutRowCountColumn_CountsTheFactsRowCounts()
    {
        var source = new InMemoryAggregatedFactSource(
            new FactSchema(["store"], [StandardMeasures.Revenue]),
            [
                new AggregatedFact(new LocalDate(2024, 1, 1), ["S1"], [1m], 3),
                new AggregatedFact(new LocalDate(2024, 1, 2), ["S1"], [2m], 4),
            ]);

        FactCell cell = FactAggregation.FromAggregatedFacts(source, Gregorian, PeriodGrain.Month).Cells.Single();

        cell.RowCount.Should().Be(7);
        cell.GetValue("revenue").Should().Be(3m);
    }

    [Fact]
    public void FromRows_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Action act = () => FactAggregation.FromRows(
            new InMemoryFactRowSource(LawSchema, RandomRows(10, 1).Select(ToFactRow)), Gregorian, PeriodGrain.Month, cts.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void FromRows_SameCubeAsAnAggregatorTheHostKeeps()
    {
        List<FactRow> rows = [.. RandomRows(5_000, 7).Select(ToFactRow)];
        var aggregator = new FactAggregator(LawSchema, Gregorian, PeriodGrain.Month);
        new InMemoryFactRowSource(LawSchema, rows).WriteTo(aggregator, CancellationToken.None);

        FactCube fromRows = FactAggregation.FromRows(new InMemoryFactRowSource(LawSchema, rows), Gregorian, PeriodGrain.Month);

        fromRows.Should().Be(aggregator.ToCube());
    }

    [Fact]
    public void FromRows_SourceWritesAfterItReturned_ThrowsAndTheCubeStaysAsItWas()
    {
        // The cube reads the aggregator's state where it is, so the writer refuses rows once the cube is built.
        var source = new KeepingSource(LawSchema, [.. RandomRows(200, 3).Select(ToFactRow)]);
        FactCube cube = FactAggregation.FromRows(source, Gregorian, PeriodGrain.Month);
        List<string> before = Snapshot(cube);

        Action late = () => source.WriteAgain();

        late.Should().Throw<InvalidOperationException>().WithMessage("*accepts no more rows*");
        Snapshot(cube).Should().Equal(before);
    }

    /// <summary>A source that keeps the writer it was given (which it should not) to write once more later.</summary>
    private sealed class KeepingSource(FactSchema schema, IReadOnlyList<FactRow> rows) : IFactRowSource
    {
        private readonly InMemoryFactRowSource _inner = new(schema, rows);
        private IFactRowWriter? _writer;

        public FactSchema Schema => schema;

        public void WriteTo(IFactRowWriter writer, CancellationToken cancellationToken)
        {
            _writer = writer;
            _inner.WriteTo(writer, cancellationToken);
        }

        public void WriteAgain() => _inner.WriteTo(_writer!, CancellationToken.None);
    }

    /// <summary>Every cell's key, counts, dates and every raw measure by its own rule (and first/last for stocks).</summary>
    private static List<string> Snapshot(FactCube cube) =>
    [
        .. cube.Cells.Select(c =>
            $"{c.Period.Label} {c.Segment.Label} rows={c.RowCount} dates={c.DateCount} {c.FirstDate:uuuu-MM-dd}..{c.LastDate:uuuu-MM-dd} "
            + string.Join(" ", RawSchema.Measures.Select(m => $"{m.Id}={c.GetValue(m.Id)}"))
            + $" fae={c.GetValue("forecast_abs_error")} first={c.GetValue("on_hand_value", TimeAggregation.First)} last={c.GetValue("on_hand_value", TimeAggregation.Last)}"),
    ];

    private static IEnumerable<Exception> Flatten(Exception ex)
    {
        yield return ex;
        if (ex is AggregateException aggregate)
        {
            foreach (Exception inner in aggregate.InnerExceptions.SelectMany(Flatten))
            {
                yield return inner;
            }
        }
        else if (ex.InnerException is not null)
        {
            foreach (Exception inner in Flatten(ex.InnerException))
            {
                yield return inner;
            }
        }
    }
}
