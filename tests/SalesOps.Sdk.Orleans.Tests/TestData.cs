using NodaTime;
using SalesOps.Sdk.IO;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Orleans.Tests;

/// <summary>Fixture files, generated rows and partitioning helpers.</summary>
internal static class TestData
{
    public static readonly ReportingCalendar Gregorian = ReportingCalendars.Gregorian;

    public static readonly MeasureDefinition LowStock =
        MeasureDefinition.Stock("low_stock", "Lowest stock", MeasureUnit.Count, TimeAggregation.Min);

    public static readonly MeasureDefinition PeakStock =
        MeasureDefinition.Stock("peak_stock", "Peak stock", MeasureUnit.Count, TimeAggregation.Max);

    /// <summary>sku × store rows with flows of each sign, stocks of every time rule, a flag, forecast and sales.</summary>
    public static readonly FactSchema GeneratedSchema = new(
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

    public static string FixturePath(string fileName)
    {
        DirectoryInfo? folder = new(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SalesOps.Sdk.sln")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds SalesOps.Sdk.sln; cannot locate the fixtures.");
        }

        string path = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "fixtures", fileName));
        return File.Exists(path) ? path : throw new InvalidOperationException($"Fixture {fileName} is missing: expected it at {path}.");
    }

    public static CsvFactSource Csv(string fileName) => CsvFactSource.Open(FixturePath(fileName));

    /// <summary>Deterministic pseudo-random rows over 150 days, 40 skus and 6 stores.</summary>
    public static List<FactRow> GeneratedRows(int count, int seed)
    {
        var random = new Random(seed);
        var start = new LocalDate(2024, 1, 15);
        var rows = new List<FactRow>(count);
        for (int i = 0; i < count; i++)
        {
            int customers = random.Next(0, 1_000);
            rows.Add(new FactRow(
                start.PlusDays(random.Next(0, 150)),
                [$"SKU-{random.Next(40):D3}", $"S{random.Next(6)}"],
                [
                    random.Next(0, 51),
                    random.Next(-2_000_000, 50_000_000) / 10_000m,
                    random.Next(0, 501),
                    random.Next(0, 90_000_000) / 10_000m,
                    random.Next(2),
                    random.Next(0, 61),
                    customers,
                    customers + 7,
                    random.Next(0, 400_000) / 10_000m,
                    random.Next(0, 400_000) / 10_000m,
                ]));
        }

        return rows;
    }

    /// <summary>Splits a source into partitions by a key computed from each row's dimension values.</summary>
    public static List<FactPartition> PartitionBy(IFactRowSource source, Func<IReadOnlyList<string>, string> key, IEnumerable<string> keys) =>
        [.. keys.Select(k => new FactPartition(k, new FilteredSource(source, values => key(values) == k)))];

    /// <summary>A stable hash of a string (string.GetHashCode is randomised per process).</summary>
    public static int StableHash(string value)
    {
        unchecked
        {
            int hash = 17;
            foreach (char c in value)
            {
                hash = (hash * 31) + c;
            }

            return hash & int.MaxValue;
        }
    }
}
