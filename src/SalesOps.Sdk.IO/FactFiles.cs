using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO;

/// <summary>Opens a fact file by its extension: <c>.csv</c> (<see cref="CsvFactSource"/>) or <c>.parquet</c> (<see cref="ParquetFactSource"/>).</summary>
public static class FactFiles
{
    /// <summary>The file extensions <see cref="Open"/> accepts, lower case with the dot.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".csv", ".parquet"];

    /// <summary>Opens a fact file, choosing the reader by the file extension (case-insensitive).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">How to read it; <see cref="FactFileOptions.Default"/> when null.</param>
    /// <returns>A <see cref="CsvFactSource"/> or a <see cref="ParquetFactSource"/>.</returns>
    /// <exception cref="FactFileException">
    /// The extension is not supported (the message lists the supported ones), or the file cannot be opened or its
    /// header is invalid.
    /// </exception>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    public static IFactRowSource Open(string path, FactFileOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string extension = System.IO.Path.GetExtension(path);
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return CsvFactSource.Open(path, options);
        }

        if (extension.Equals(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            return ParquetFactSource.Open(path, options);
        }

        string problem = extension.Length == 0 ? "the file name has no extension" : $"unsupported file type '{extension}'";
        throw FactFileErrors.File(path, $"{problem}; supported: {string.Join(", ", SupportedExtensions)}");
    }
}
