using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SalesOps.Sdk.Periods;

/// <summary>Invariant formatting shared by the calendars: labels, ISO dates and grain names.</summary>
internal static class PeriodFormat
{
    /// <summary>Formats a date as ISO-8601 <c>yyyy-MM-dd</c>.</summary>
    public static string ToIsoString(this LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The lower-case name of a grain, as used in JSON and messages.</summary>
    public static string ToLabel(this PeriodGrain grain) => grain switch
    {
        PeriodGrain.Day => "day",
        PeriodGrain.Week => "week",
        PeriodGrain.Month => "month",
        PeriodGrain.Quarter => "quarter",
        PeriodGrain.Year => "year",
        _ => ((int)grain).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Parses a lower- or mixed-case grain name.</summary>
    public static bool TryParseGrain(string? text, out PeriodGrain grain)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "DAY":
                grain = PeriodGrain.Day;
                return true;
            case "WEEK":
                grain = PeriodGrain.Week;
                return true;
            case "MONTH":
                grain = PeriodGrain.Month;
                return true;
            case "QUARTER":
                grain = PeriodGrain.Quarter;
                return true;
            case "YEAR":
                grain = PeriodGrain.Year;
                return true;
            default:
                grain = default;
                return false;
        }
    }

    /// <summary>The allowed grain names, for error messages.</summary>
    public const string GrainNames = "day, week, month, quarter, year";

    /// <summary>Formats with the invariant culture.</summary>
    public static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
