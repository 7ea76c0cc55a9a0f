using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace SalesOps.Sdk.Periods;

/// <summary>Reads and writes a <see cref="LocalDate"/> as an ISO-8601 string, <c>yyyy-MM-dd</c>.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <summary>The shared instance (the converter is stateless).</summary>
    public static LocalDateJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadDate(ref reader, "date");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }

    /// <summary>Reads an ISO date, naming <paramref name="field"/> in the error when it is not one.</summary>
    public static LocalDate ReadDate(ref Utf8JsonReader reader, string field)
    {
        string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        ParseResult<LocalDate>? result = text is null ? null : LocalDatePattern.Iso.Parse(text);
        if (result is null || !result.Success)
        {
            throw new JsonException(
                $"{field} must be an ISO date string (yyyy-MM-dd), not {(text is null ? reader.TokenType.ToString() : "'" + text + "'")}.");
        }

        return result.Value;
    }
}
