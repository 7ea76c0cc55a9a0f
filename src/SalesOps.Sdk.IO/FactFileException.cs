namespace SalesOps.Sdk.IO;

/// <summary>
/// Thrown when a fact file cannot be read or holds bad input. The message names the file (its name, not the full
/// path), the line (CSV) or row (Parquet), the column, the value and what was expected, e.g.
/// <c>facts.csv line 4, column revenue: '1O.00' is not a number</c>.
/// </summary>
/// <remarks>
/// A reader throws at the first problem and stops: no cube is built from a half-read file.
/// </remarks>
public sealed class FactFileException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public FactFileException()
        : base("The fact file cannot be read.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public FactFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public FactFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal FactFileException(string message, string filePath, long? line, long? row, string? column, string? value, Exception? innerException)
        : base(message, innerException)
    {
        FilePath = filePath;
        Line = line;
        Row = row;
        Column = column;
        Value = value;
    }

    /// <summary>The path of the file, as given to the reader; empty when not known.</summary>
    public string FilePath { get; } = string.Empty;

    /// <summary>The 1-based line of a CSV file (the header is line 1), when the problem is on a line.</summary>
    public long? Line { get; }

    /// <summary>The 1-based data row of a Parquet file, when the problem is in a row.</summary>
    public long? Row { get; }

    /// <summary>The column (its canonical lower-case name), when the problem is in a column.</summary>
    public string? Column { get; }

    /// <summary>The offending value as text, when there is one (empty for a blank cell).</summary>
    public string? Value { get; }
}
