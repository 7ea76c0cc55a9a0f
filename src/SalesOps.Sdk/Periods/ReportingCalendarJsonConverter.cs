using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Periods;

/// <summary>
/// Reads and writes a <see cref="ReportingCalendar"/> (or <see cref="GregorianCalendar"/>,
/// <see cref="RetailCalendar"/>): a preset as its name (<c>"nrf-454"</c>), any other retail calendar as its
/// <see cref="RetailCalendarOptions"/> object.
/// </summary>
/// <remarks>
/// Reading accepts either form; an unknown name or an invalid definition is a <see cref="JsonException"/>
/// naming the field and the allowed values.
/// </remarks>
internal sealed class ReportingCalendarJsonConverter : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeof(ReportingCalendar).IsAssignableFrom(typeToConvert);

    /// <inheritdoc/>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert));

    /// <summary>Reads a calendar name or definition at the reader's position.</summary>
    public static ReportingCalendar ReadCalendar(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                string? name = reader.GetString();
                return ReportingCalendars.TryFromName(name, out ReportingCalendar? preset)
                    ? preset
                    : throw new JsonException("calendar: " + ReportingCalendars.UnknownNameMessage(name));
            case JsonTokenType.StartObject:
                RetailCalendarOptions definition = JsonSerializer.Deserialize<RetailCalendarOptions>(ref reader, options)
                    ?? throw new JsonException("calendar: a retail calendar definition object is required.");
                if (ReportingCalendars.TryFromName(definition.Name, out ReportingCalendar? known)
                    && known is RetailCalendar retail
                    && retail.Options.Equals(definition))
                {
                    return known;
                }

                try
                {
                    return new RetailCalendar(definition);
                }
                catch (ArgumentException ex)
                {
                    throw new JsonException("calendar: " + ex.Message.Split(" (Parameter")[0], ex);
                }

            default:
                throw new JsonException(
                    $"calendar must be a preset name ({string.Join(", ", ReportingCalendars.PresetNames)}) or a retail calendar definition object, not {reader.TokenType}.");
        }
    }

    /// <summary>Writes a calendar as its preset name or its definition.</summary>
    public static void WriteCalendar(Utf8JsonWriter writer, ReportingCalendar calendar, JsonSerializerOptions options)
    {
        if (ReportingCalendars.TryFromName(calendar.Name, out ReportingCalendar? preset) && preset.Equals(calendar))
        {
            writer.WriteStringValue(preset.Name);
        }
        else if (calendar is RetailCalendar retail)
        {
            JsonSerializer.Serialize(writer, retail.Options, options);
        }
        else
        {
            throw new JsonException($"Calendar '{calendar.Name}' has no JSON form.");
        }
    }

    /// <summary>The converter for one calendar type.</summary>
    /// <typeparam name="T">The calendar type.</typeparam>
    private sealed class Converter<T> : JsonConverter<T>
        where T : ReportingCalendar
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            ReportingCalendar calendar = ReadCalendar(ref reader, options);
            return calendar as T
                ?? throw new JsonException($"calendar '{calendar.Name}' is a {calendar.GetType().Name}, not a {typeof(T).Name}.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(value);
            WriteCalendar(writer, value, options);
        }
    }
}
