using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesOps.Sdk.Periods;

namespace SalesOps.Cli.Commands;

/// <summary>
/// <c>salesops calendar --calendar NAME --year N [--format table|json]</c>: prints a fiscal year of a preset
/// calendar and its months (fiscal periods) with their dates and weeks.
/// </summary>
internal static class CalendarCommand
{
    private const string Table = "table";
    private const string Json = "json";

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var calendarOption = new Option<string>("--calendar")
        {
            Description = $"The calendar: {string.Join(", ", ReportingCalendars.PresetNames)}.",
            Required = true,
        };
        var yearOption = new Option<int>("--year")
        {
            Description = $"The fiscal year number ({ReportingCalendar.MinFiscalYear} to {ReportingCalendar.MaxFiscalYear}); in a retail calendar 2023 means FY2023.",
            Required = true,
        };
        var formatOption = new Option<string>("--format")
        {
            Description = "Output format: table or json.",
            DefaultValueFactory = _ => Table,
        };

        var command = new Command("calendar", "Show the dates, periods and weeks of one fiscal year of a calendar.");
        command.Options.Add(calendarOption);
        command.Options.Add(yearOption);
        command.Options.Add(formatOption);
        command.SetAction(parseResult =>
        {
            string name = parseResult.GetValue(calendarOption) ?? string.Empty;
            int year = parseResult.GetValue(yearOption);
            string format = (parseResult.GetValue(formatOption) ?? Table).Trim().ToLowerInvariant();

            if (!ReportingCalendars.TryFromName(name, out ReportingCalendar? calendar))
            {
                throw new ArgumentException(
                    $"unknown calendar '{name}'; allowed values: {string.Join(", ", ReportingCalendars.PresetNames)}");
            }

            if (year is < ReportingCalendar.MinFiscalYear or > ReportingCalendar.MaxFiscalYear)
            {
                throw new ArgumentException(
                    $"--year {year} is out of range; allowed values: {ReportingCalendar.MinFiscalYear} to {ReportingCalendar.MaxFiscalYear}");
            }

            if (format is not (Table or Json))
            {
                throw new ArgumentException($"unknown format '{format}'; allowed values: {Table}, {Json}");
            }

            ReportingPeriod fiscalYear = calendar.GetFiscalYear(year);
            IReadOnlyList<ReportingPeriod> months = calendar.GetPeriods(year, PeriodGrain.Month);
            context.Out.Write(format == Json ? ToJson(calendar, fiscalYear, months) : ToTable(calendar, fiscalYear, months));
            return SalesOpsApp.Success;
        });
        return command;
    }

    private static string ToJson(ReportingCalendar calendar, ReportingPeriod year, IReadOnlyList<ReportingPeriod> months)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("calendar", calendar.Name);
            writer.WriteString("year", year.Label);
            writer.WriteString("start", Iso(year.Start));
            writer.WriteString("end", Iso(year.End));
            WriteWeeks(writer, year.Weeks);
            writer.WriteStartArray("periods");
            foreach (ReportingPeriod month in months)
            {
                writer.WriteStartObject();
                writer.WriteString("period", month.Label);
                writer.WriteString("start", Iso(month.Start));
                writer.WriteString("end", Iso(month.End));
                WriteWeeks(writer, month.Weeks);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static void WriteWeeks(Utf8JsonWriter writer, int? weeks)
    {
        if (weeks is int count)
        {
            writer.WriteNumber("weeks", count);
        }
        else
        {
            writer.WriteNull("weeks");
        }
    }

    private static string ToTable(ReportingCalendar calendar, ReportingPeriod year, IReadOnlyList<ReportingPeriod> months)
    {
        var text = new StringBuilder();
        CultureInfo invariant = CultureInfo.InvariantCulture;
        text.Append(invariant, $"calendar  {calendar.Name}").AppendLine();
        string weeks = year.Weeks is int count ? string.Create(invariant, $"  {count} weeks") : string.Empty;
        text.Append(invariant, $"year      {year.Label}  {Iso(year.Start)} to {Iso(year.End)}{weeks}  {year.Days} days").AppendLine();
        text.AppendLine();

        int labelWidth = Math.Max("period".Length, months.Max(m => m.Label.Length));
        text.Append(invariant, $"{"period".PadRight(labelWidth)}  {"start",-10}  {"end",-10}  {"weeks",5}  {"days",4}").AppendLine();
        foreach (ReportingPeriod month in months)
        {
            text.Append(invariant, $"{month.Label.PadRight(labelWidth)}  {Iso(month.Start)}  {Iso(month.End)}  {Weeks(month.Weeks),5}  {month.Days,4}").AppendLine();
        }

        return text.ToString();
    }

    private static string Weeks(int? weeks) => weeks?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
