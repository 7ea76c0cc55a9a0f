using System.Collections.Immutable;
using System.Globalization;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO;

/// <summary>
/// Which file column feeds the date, each schema dimension and each schema measure; built from the header names.
/// </summary>
internal sealed class FactColumnMap
{
    public const string DateColumn = "date";

    private FactColumnMap(
        FactSchema schema,
        int dateColumn,
        ImmutableArray<int> dimensionColumns,
        ImmutableArray<int> measureColumns,
        ImmutableArray<string> ignoredColumns,
        ImmutableArray<string> names)
    {
        Schema = schema;
        DateColumnIndex = dateColumn;
        DimensionColumns = dimensionColumns;
        MeasureColumns = measureColumns;
        IgnoredColumns = ignoredColumns;
        Names = names;
    }

    /// <summary>The schema: dimensions present in option order, measures present in catalog order.</summary>
    public FactSchema Schema { get; }

    /// <summary>The file column of <c>date</c>.</summary>
    public int DateColumnIndex { get; }

    /// <summary>The file column of each schema dimension.</summary>
    public ImmutableArray<int> DimensionColumns { get; }

    /// <summary>The file column of each schema measure.</summary>
    public ImmutableArray<int> MeasureColumns { get; }

    /// <summary>The names of the columns that are neither date, dimension nor measure, in file order.</summary>
    public ImmutableArray<string> IgnoredColumns { get; }

    /// <summary>The header names as read.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Checks the options: dimension names are snake_case, unique, few enough and not measure ids.</summary>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    public static void Validate(FactFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Measures, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Dimensions, nameof(options));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string dimension in options.Dimensions)
        {
            if (string.IsNullOrWhiteSpace(dimension))
            {
                throw new ArgumentException("A dimension name in FactFileOptions.Dimensions is blank.", nameof(options));
            }

            if (!seen.Add(dimension))
            {
                throw new ArgumentException($"Dimension '{dimension}' appears more than once in FactFileOptions.Dimensions.", nameof(options));
            }

            if (dimension.Equals(DateColumn, StringComparison.OrdinalIgnoreCase) || options.Measures.Contains(dimension.ToLowerInvariant()))
            {
                throw new ArgumentException($"'{dimension}' cannot be a dimension: it is the date column or a measure id.", nameof(options));
            }
        }

        if (options.MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.MaxDegreeOfParallelism,
                "FactFileOptions.MaxDegreeOfParallelism should be at least 1.");
        }

        if (options.Dimensions.Count > FactSchema.MaxDimensions)
        {
            throw new ArgumentException($"A fact file has at most {FactSchema.MaxDimensions} dimensions, not {options.Dimensions.Count}.", nameof(options));
        }
    }

    /// <summary>Maps header names to the schema.</summary>
    /// <param name="names">The column names in file order.</param>
    /// <param name="options">The reading options (already validated).</param>
    /// <param name="headerError">Makes the exception for a header problem: column, value, problem.</param>
    public static FactColumnMap Build(
        IReadOnlyList<string> names,
        FactFileOptions options,
        Func<string?, string?, string, FactFileException> headerError)
    {
        var firstByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ignored = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < names.Count; i++)
        {
            string name = names[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (firstByName.TryGetValue(name, out int first))
            {
                throw headerError(
                    name.ToLowerInvariant(),
                    name,
                    $"appears more than once in the header (columns {first + 1} and {i + 1}; names are case-insensitive)");
            }

            firstByName.Add(name, i);
        }

        if (!firstByName.TryGetValue(DateColumn, out int dateColumn))
        {
            throw headerError(
                DateColumn,
                null,
                $"the required column is missing; the header has: {string.Join(", ", names)}");
        }

        var dimensions = new List<string>();
        var dimensionColumns = ImmutableArray.CreateBuilder<int>();
        foreach (string dimension in options.Dimensions)
        {
            if (firstByName.TryGetValue(dimension, out int column))
            {
                dimensions.Add(dimension.ToLowerInvariant());
                dimensionColumns.Add(column);
            }
        }

        var measures = new List<MeasureDefinition>();
        var measureColumns = ImmutableArray.CreateBuilder<int>();
        foreach (MeasureDefinition measure in options.Measures)
        {
            if (firstByName.TryGetValue(measure.Id, out int column))
            {
                measures.Add(measure);
                measureColumns.Add(column);
            }
        }

        if (measures.Count == 0)
        {
            throw headerError(
                null,
                null,
                $"no measure column; expected at least one of: {string.Join(", ", options.Measures.Select(m => m.Id))}");
        }

        var used = new HashSet<int>(dimensionColumns.Concat(measureColumns)) { dateColumn };
        for (int i = 0; i < names.Count; i++)
        {
            if (!used.Contains(i))
            {
                string name = names[i].Trim();
                ignored.Add(name.Length > 0 ? name : string.Create(CultureInfo.InvariantCulture, $"(unnamed column {i + 1})"));
            }
        }

        FactSchema schema;
        try
        {
            schema = new FactSchema(dimensions, measures);
        }
        catch (ArgumentException ex)
        {
            throw headerError(null, null, ex.Message);
        }

        return new FactColumnMap(
            schema,
            dateColumn,
            dimensionColumns.ToImmutable(),
            measureColumns.ToImmutable(),
            ignored.ToImmutable(),
            [.. names]);
    }
}
