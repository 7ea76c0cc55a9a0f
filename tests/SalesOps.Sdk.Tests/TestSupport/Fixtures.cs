using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.TestSupport;

/// <summary>The shared sample data (../shared/fixtures beside the repository) and a minimal reader for its CSV layout.</summary>
internal static class Fixtures
{
    public static string Directory
    {
        get
        {
            string root = Packaging.CoreDependencyTests.RepositoryRoot();
            string path = Path.GetFullPath(Path.Combine(root, "..", "shared", "fixtures"));
            return System.IO.Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException($"The shared fixtures folder is missing: expected {path}.");
        }
    }

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    /// <summary>Reads a fixture CSV (no quoting) into an in-memory row source with the standard measures it has.</summary>
    public static InMemoryFactRowSource ReadRows(string fileName)
    {
        string[] lines = File.ReadAllLines(PathOf(fileName));
        string[] header = lines[0].Split(',');
        string[] dimensions = [.. header.Where(h => h is "sku" or "store")];
        MeasureDefinition[] measures = [.. header.Where(h => MeasureCatalog.Standard.Contains(h)).Select(h => MeasureCatalog.Standard[h])];
        int[] dimensionColumns = [.. dimensions.Select(d => Array.IndexOf(header, d))];
        int[] measureColumns = [.. measures.Select(m => Array.IndexOf(header, m.Id))];
        int dateColumn = Array.IndexOf(header, "date");
        var rows = new List<FactRow>(lines.Length);
        foreach (string line in lines.Skip(1))
        {
            string[] fields = line.Split(',');
            rows.Add(new FactRow(
                LocalDatePattern.Iso.Parse(fields[dateColumn]).Value,
                [.. dimensionColumns.Select(c => fields[c])],
                [.. measureColumns.Select(c => decimal.Parse(fields[c], CultureInfo.InvariantCulture))]));
        }

        return new InMemoryFactRowSource(new FactSchema(dimensions, measures), rows);
    }

    public static FactCube Cube(string fileName, ReportingCalendar calendar, PeriodGrain grain) =>
        FactAggregation.FromRows(ReadRows(fileName), calendar, grain);

    public static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;
}
