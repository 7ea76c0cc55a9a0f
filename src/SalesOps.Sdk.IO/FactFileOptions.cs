using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO;

/// <summary>
/// How a fact file is read: which columns are measures and dimensions, and what a blank measure cell means.
/// </summary>
/// <remarks>Immutable; set the properties with an object initializer. Thread-safe.</remarks>
public sealed class FactFileOptions
{
    /// <summary>The defaults: standard measures, dimensions <c>sku</c> and <c>store</c>, blank measure cells refused.</summary>
    public static FactFileOptions Default { get; } = new();

    /// <summary>
    /// Whether an empty measure cell reads as 0. Default <see langword="false"/>: an empty measure cell is an error.
    /// Blank dates and blank dimension values are always errors.
    /// </summary>
    public bool TreatBlankAsZero { get; init; }

    /// <summary>
    /// The measures a column may be: a column whose name (case-insensitive) is the id of one of them is read as that
    /// measure. Default <see cref="MeasureCatalog.Standard"/>.
    /// </summary>
    public MeasureCatalog Measures { get; init; } = MeasureCatalog.Standard;

    /// <summary>
    /// The dimension columns (snake_case, case-insensitive in the file), kept in this order when present.
    /// Default <c>sku</c>, <c>store</c>; at most <see cref="FactSchema.MaxDimensions"/>.
    /// </summary>
    public IReadOnlyList<string> Dimensions { get; init; } = ["sku", "store"];

    /// <summary>
    /// How many parts of a CSV file <see cref="CsvFactSource.Aggregate"/> parses at once; at least 1. Default
    /// <see cref="Environment.ProcessorCount"/>; 1 reads on one thread. The cube and the errors are the same whatever
    /// the value. <see cref="CsvFactSource.WriteTo"/> and Parquet files always read on one thread. Opening a file with
    /// a value below 1 throws <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
