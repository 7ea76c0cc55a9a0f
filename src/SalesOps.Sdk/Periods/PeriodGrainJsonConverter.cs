using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Periods;

/// <summary>Reads and writes a <see cref="PeriodGrain"/> as its lower-case name (<c>"month"</c>).</summary>
internal sealed class PeriodGrainJsonConverter : JsonConverter<PeriodGrain>
{
    /// <inheritdoc/>
    public override PeriodGrain Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadGrain(ref reader, "grain");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PeriodGrain value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToLabel());
    }

    /// <summary>Reads a grain name, naming <paramref name="field"/> in the error when it is not one.</summary>
    public static PeriodGrain ReadGrain(ref Utf8JsonReader reader, string field)
    {
        string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (!PeriodFormat.TryParseGrain(text, out PeriodGrain grain))
        {
            throw new JsonException(
                $"{field} '{text ?? reader.TokenType.ToString()}' is not a grain; allowed values: {PeriodFormat.GrainNames}.");
        }

        return grain;
    }
}
