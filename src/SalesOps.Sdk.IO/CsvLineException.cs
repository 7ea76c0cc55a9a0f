namespace SalesOps.Sdk.IO;

/// <summary>
/// A bad row found by <see cref="CsvRowReader"/>, with its line counted from the start of the part being read; the
/// caller adds the lines before that part and turns it into a <see cref="FactFileException"/>.
/// </summary>
internal sealed class CsvLineException : Exception
{
    public CsvLineException()
    {
    }

    public CsvLineException(string message)
        : base(message)
    {
    }

    public CsvLineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private CsvLineException(long line, string? column, string? value, string problem, bool blank, Exception? inner)
        : base(problem, inner)
    {
        Line = line;
        Column = column;
        Value = value;
        Problem = problem;
        IsBlank = blank;
    }

    /// <summary>The 1-based line within the part read.</summary>
    public long Line { get; }

    public string? Column { get; }

    public string? Value { get; }

    public string Problem { get; } = string.Empty;

    /// <summary>A blank cell: the message does not quote the value.</summary>
    public bool IsBlank { get; }

    /// <summary>A running total left the exact range: it depends on the rows before, not only on this one.</summary>
    public bool IsRunningTotalOverflow => InnerException is OverflowException;

    public static CsvLineException At(long line, string? column, string? value, string problem, Exception? inner = null) =>
        new(line, column, value, problem, blank: false, inner);

    public static CsvLineException BlankAt(long line, string column, string value, string problem) =>
        new(line, column, value, problem, blank: true, inner: null);

    /// <summary>The exception users see, with the line counted from the start of the file.</summary>
    public FactFileException ToFactFileException(string path, long linesBefore) => IsBlank
        ? FactFileErrors.BlankAtLine(path, linesBefore + Line, Column!, Value!, Problem)
        : FactFileErrors.AtLine(path, linesBefore + Line, Column, Value, Problem, InnerException);
}
