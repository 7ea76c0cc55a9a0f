using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace SalesOps.Sdk.Periods;

/// <summary>
/// Reads and writes a <see cref="ReportingPeriod"/> as
/// <c>{"calendar":"nrf-454","grain":"month","label":"FY2023-P12","start":"2023-12-31","end":"2024-02-03","fiscalYear":2023,"number":12,"days":35,"weeks":5}</c>.
/// </summary>
/// <remarks>
/// Reading needs <c>calendar</c> (a preset name or a retail calendar definition), <c>grain</c> and
/// <c>start</c>; the period is rebuilt from the calendar, and <c>end</c> and <c>label</c>, when present,
/// must match it. Other fields are informational and ignored on reading.
/// </remarks>
internal sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    /// <inheritdoc/>
    public override ReportingPeriod? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A reporting period must be a JSON object, not {reader.TokenType}.");
        }

        ReportingCalendar? calendar = null;
        PeriodGrain? grain = null;
        LocalDate? start = null;
        LocalDate? end = null;
        string? label = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string property = reader.GetString()!;
            reader.Read();
            switch (property)
            {
                case "calendar":
                    calendar = ReportingCalendarJsonConverter.ReadCalendar(ref reader, options);
                    break;
                case "grain":
                    grain = PeriodGrainJsonConverter.ReadGrain(ref reader, "grain");
                    break;
                case "start":
                    start = LocalDateJsonConverter.ReadDate(ref reader, "start");
                    break;
                case "end":
                    end = LocalDateJsonConverter.ReadDate(ref reader, "end");
                    break;
                case "label":
                    label = reader.TokenType == JsonTokenType.String
                        ? reader.GetString()
                        : throw new JsonException($"label must be a string, not {reader.TokenType}.");
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (calendar is null || grain is null || start is null)
        {
            string[] missing = [.. new[] { calendar is null ? "calendar" : null, grain is null ? "grain" : null, start is null ? "start" : null }.OfType<string>()];
            throw new JsonException($"A reporting period needs {string.Join(", ", missing)}.");
        }

        ReportingPeriod period;
        try
        {
            period = calendar.GetPeriod(start.Value, grain.Value);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new JsonException("start: " + ex.Message.Split(" (Parameter")[0], ex);
        }

        if (period.Start != start.Value || (end is not null && period.End != end.Value) || (label is not null && label != period.Label))
        {
            throw new JsonException(
                $"The period {label ?? "?"} ({start.Value.ToIsoString()} to {end?.ToIsoString() ?? "?"}) is not a {grain.Value.ToLabel()} of calendar '{calendar.Name}'; the {grain.Value.ToLabel()} containing {start.Value.ToIsoString()} is {period.Label} ({period.Start.ToIsoString()} to {period.End.ToIsoString()}).");
        }

        return period;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("calendar");
        ReportingCalendarJsonConverter.WriteCalendar(writer, value.Calendar, options);
        writer.WriteString("grain", value.Grain.ToLabel());
        writer.WriteString("label", value.Label);
        writer.WriteString("start", value.Start.ToIsoString());
        writer.WriteString("end", value.End.ToIsoString());
        writer.WriteNumber("fiscalYear", value.FiscalYear);
        writer.WriteNumber("number", value.Number);
        writer.WriteNumber("days", value.Days);
        if (value.Weeks is int weeks)
        {
            writer.WriteNumber("weeks", weeks);
        }
        else
        {
            writer.WriteNull("weeks");
        }

        writer.WriteEndObject();
    }
}
