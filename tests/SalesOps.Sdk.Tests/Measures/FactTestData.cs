using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Measures;

/// <summary>One generated raw row: a date, a sku and store, and one scaled value per <see cref="FactTestData.LawSchema"/> measure.</summary>
public sealed record ScaledRow(LocalDate Date, string Sku, string Store, long[] Values)
{
    public override string ToString() =>
        $"{Date:uuuu-MM-dd} {Sku}/{Store} [{string.Join(", ", Values.Select(v => FactValue.FromScaled(v)))}]";
}

/// <summary>A generated set of raw rows.</summary>
public sealed record RowSet(IReadOnlyList<ScaledRow> Rows)
{
    public override string ToString() => $"{Rows.Count} rows: {string.Join("; ", Rows)}";
}

/// <summary>FsCheck generators for fact rows: dates in a 90-day window, skus and stores from small sets.</summary>
public static class FactArbitraries
{
    public static Arbitrary<RowSet> RowSets() =>
        Gen.ListOf(FactTestData.RowGen).Select(rows => new RowSet([.. rows])).ToArbitrary();
}

/// <summary>Schemas, row builders and aggregation shortcuts shared by the Measures tests.</summary>
internal static class FactTestData
{
    public static readonly ReportingCalendar Gregorian = ReportingCalendars.Gregorian;

    /// <summary>The first day of the 90-day window of generated rows (a Monday, so weeks and months both cut it).</summary>
    public static readonly LocalDate WindowStart = new(2024, 1, 29);

    public static readonly string[] Skus = ["A", "B", "C"];

    public static readonly string[] Stores = ["S1", "S2"];

    public static readonly MeasureDefinition LowStock =
        MeasureDefinition.Stock("low_stock", "Lowest stock", MeasureUnit.Count, TimeAggregation.Min);

    public static readonly MeasureDefinition PeakStock =
        MeasureDefinition.Stock("peak_stock", "Peak stock", MeasureUnit.Count, TimeAggregation.Max);

    /// <summary>
    /// sku × store rows with a flow of each sign, stocks of every time rule, a flag, and forecast with sales
    /// (so <c>forecast_abs_error</c> is derived).
    /// </summary>
    public static readonly FactSchema LawSchema = new(
        ["sku", "store"],
        [
            StandardMeasures.UnitsSold,
            StandardMeasures.Revenue,
            StandardMeasures.OnHandUnits,
            StandardMeasures.OnHandValue,
            StandardMeasures.Stockout,
            StandardMeasures.ForecastUnits,
            StandardMeasures.CustomersStart,
            StandardMeasures.CustomersEnd,
            LowStock,
            PeakStock,
        ]);

    public static readonly PeriodGrain[] LawGrains = [PeriodGrain.Month, PeriodGrain.Week];

    public static Gen<ScaledRow> RowGen { get; } =
        from day in Gen.Choose(0, 89)
        from sku in Gen.Elements(Skus)
        from store in Gen.Elements(Stores)
        from units in Gen.Choose(0, 50)
        from revenue in Gen.Choose(-2_000_000, 50_000_000)
        from onHandUnits in Gen.Choose(0, 500)
        from onHandValue in Gen.Choose(0, 90_000_000)
        from stockout in Gen.Elements(0L, FactValue.Scale)
        from forecast in Gen.Choose(0, 60)
        from customers in Gen.Choose(0, 1_000)
        from low in Gen.Choose(0, 400_000)
        from peak in Gen.Choose(0, 400_000)
        select new ScaledRow(
            WindowStart.PlusDays(day),
            sku,
            store,
            [
                units * FactValue.Scale,
                revenue,
                onHandUnits * FactValue.Scale,
                onHandValue,
                stockout,
                forecast * FactValue.Scale,
                customers * FactValue.Scale,
                (customers + 7) * FactValue.Scale,
                low,
                peak,
            ]);

    public static LocalDate Date(int year, int month, int day) => new(year, month, day);

    /// <summary>Aggregates scaled sku × store rows of <see cref="LawSchema"/> in one pass.</summary>
    public static FactCube Aggregate(IEnumerable<ScaledRow> rows, PeriodGrain grain)
    {
        var aggregator = new FactAggregator(LawSchema, Gregorian, grain);
        Span<int> codes = stackalloc int[2];
        foreach (ScaledRow row in rows)
        {
            codes[0] = aggregator.EncodeDimension(0, row.Sku);
            codes[1] = aggregator.EncodeDimension(1, row.Store);
            aggregator.WriteScaledRow(row.Date, codes, row.Values);
        }

        return aggregator.ToCube();
    }

    /// <summary>The <see cref="FactRow"/> form of scaled rows, for the row sources.</summary>
    public static FactRow ToFactRow(ScaledRow row) =>
        new(row.Date, [row.Sku, row.Store], [.. row.Values.Select(FactValue.FromScaled)]);

    /// <summary>Deterministic pseudo-random rows (for tests that need many rows without FsCheck).</summary>
    public static List<ScaledRow> RandomRows(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new List<ScaledRow>(count);
        for (int i = 0; i < count; i++)
        {
            int customers = random.Next(0, 1_000);
            rows.Add(new ScaledRow(
                WindowStart.PlusDays(random.Next(0, 90)),
                Skus[random.Next(Skus.Length)],
                Stores[random.Next(Stores.Length)],
                [
                    random.Next(0, 51) * FactValue.Scale,
                    random.Next(-2_000_000, 50_000_000),
                    random.Next(0, 501) * FactValue.Scale,
                    random.Next(0, 90_000_000),
                    random.Next(2) * FactValue.Scale,
                    random.Next(0, 61) * FactValue.Scale,
                    customers * FactValue.Scale,
                    (customers + 7) * FactValue.Scale,
                    random.Next(0, 400_000),
                    random.Next(0, 400_000),
                ]));
        }

        return rows;
    }

    /// <summary>Writes decimal rows to a fresh aggregator and returns its cube.</summary>
    public static FactCube FromRows(FactSchema schema, PeriodGrain grain, IEnumerable<FactRow> rows) =>
        FactAggregation.FromRows(new InMemoryFactRowSource(schema, rows), Gregorian, grain);

    public static FactRow Row(LocalDate date, string[] dimensions, params decimal[] values) => new(date, dimensions, values);
}
