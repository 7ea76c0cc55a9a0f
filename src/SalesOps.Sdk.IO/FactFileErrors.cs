using System.Globalization;
using System.Text;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO;

/// <summary>Builds the one-line messages of <see cref="FactFileException"/>: file, place, column, value, problem.</summary>
internal static class FactFileErrors
{
    private const int MaxShownValueLength = 60;

    /// <summary>A problem with the file as a whole: <c>facts.csv: the file is empty</c>.</summary>
    public static FactFileException File(string path, string problem, Exception? inner = null) =>
        new($"{Name(path)}: {problem}", path, null, null, null, null, inner);

    /// <summary>A problem on a CSV line: <c>facts.csv line 4, column revenue: '1O.00' is not a number</c>.</summary>
    public static FactFileException AtLine(string path, long line, string? column, string? value, string problem, Exception? inner = null) =>
        new(Compose(path, string.Create(CultureInfo.InvariantCulture, $" line {line}"), column, value, problem), path, line, null, column, value, inner);

    /// <summary>A blank cell on a CSV line: the message says so without quoting the (whitespace) value.</summary>
    public static FactFileException BlankAtLine(string path, long line, string column, string value, string problem) =>
        new(Compose(path, string.Create(CultureInfo.InvariantCulture, $" line {line}"), column, null, problem), path, line, null, column, value, null);

    /// <summary>A blank cell in a Parquet row (null or empty).</summary>
    public static FactFileException BlankAtRow(string path, long row, string column, string problem) =>
        new(Compose(path, string.Create(CultureInfo.InvariantCulture, $" row {row}"), column, null, problem), path, null, row, column, string.Empty, null);

    /// <summary>A problem in a Parquet row: <c>facts.parquet row 4, column revenue: 'NaN' is not a number</c>.</summary>
    public static FactFileException AtRow(string path, long row, string? column, string? value, string problem, Exception? inner = null) =>
        new(Compose(path, string.Create(CultureInfo.InvariantCulture, $" row {row}"), column, value, problem), path, null, row, column, value, inner);

    /// <summary>A problem in a Parquet schema: <c>facts.parquet schema, column date: ...</c>.</summary>
    public static FactFileException InSchema(string path, string? column, string? value, string problem, Exception? inner = null) =>
        new(Compose(path, " schema", column, value, problem), path, null, null, column, value, inner);

    /// <summary>The file name without its folder, as shown in messages.</summary>
    public static string Name(string path) => System.IO.Path.GetFileName(path);

    /// <summary>The problem text of a failed number parse.</summary>
    public static string NumberProblem(FactValueParseStatus status, ReadOnlySpan<char> text) => status switch
    {
        FactValueParseStatus.TooManyDecimalPlaces => $"has more than {FactValue.DecimalPlaces} decimal places; values are exact to 1/10,000",
        FactValueParseStatus.Overflow => "is too large; values are at most ±922337203685477.5807",
        _ when IsNonFinite(text) => "is not a number; NaN and infinities are not values",
        _ => "is not a number",
    };

    /// <summary>The problem text of a value its measure does not allow, or null when the value is fine.</summary>
    public static string? RuleProblem(MeasureDefinition measure, long scaled)
    {
        if (measure.IsFlag && scaled != 0 && scaled != FactValue.Scale)
        {
            return "must be 0 or 1";
        }

        if (scaled < 0 && !measure.AllowsNegative)
        {
            return "must not be negative";
        }

        return null;
    }

    /// <summary>The problem text of a blank measure cell.</summary>
    public static string BlankMeasure(string measureId) =>
        $"the {measureId} value is blank; expected a number (set {nameof(FactFileOptions.TreatBlankAsZero)} to read blank measure cells as 0)";

    /// <summary>The problem text of a blank dimension cell.</summary>
    public static string BlankDimension(string dimension) => $"the {dimension} value is blank; every row needs one";

    /// <summary>The problem text of a blank date cell.</summary>
    public const string BlankDate = "the date is blank; every row needs a date (yyyy-MM-dd)";

    private static bool IsNonFinite(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> t = text.Trim();
        if (t.Length > 0 && t[0] is '-' or '+')
        {
            t = t[1..];
        }

        return t.Equals("nan", StringComparison.OrdinalIgnoreCase)
            || t.Equals("inf", StringComparison.OrdinalIgnoreCase)
            || t.Equals("infinity", StringComparison.OrdinalIgnoreCase)
            || t.Equals("∞", StringComparison.Ordinal);
    }

    private static string Compose(string path, string place, string? column, string? value, string problem)
    {
        var message = new StringBuilder(Name(path)).Append(place);
        if (column is not null)
        {
            message.Append(", column ").Append(column);
        }

        message.Append(": ");
        if (!string.IsNullOrEmpty(value))
        {
            message.Append('\'').Append(Shorten(value)).Append("' ");
        }

        return message.Append(problem).ToString();
    }

    private static string Shorten(string value) =>
        value.Length <= MaxShownValueLength ? value : string.Concat(value.AsSpan(0, MaxShownValueLength), "…");
}
