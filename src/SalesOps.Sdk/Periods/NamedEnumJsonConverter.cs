using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Periods;

/// <summary>
/// Reads and writes an enum as one of a fixed set of names; an unknown name is a <see cref="JsonException"/>
/// naming the field and listing the allowed names.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal abstract class NamedEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly string field;
    private readonly (TEnum Value, string Name)[] names;

    /// <summary>Creates the converter.</summary>
    /// <param name="field">The JSON field name used in error messages.</param>
    /// <param name="names">Every defined value with its JSON name, in the order messages list them.</param>
    protected NamedEnumJsonConverter(string field, params (TEnum Value, string Name)[] names)
    {
        this.field = field;
        this.names = names;
    }

    /// <summary>The allowed names, comma separated.</summary>
    public string AllowedNames => string.Join(", ", names.Select(n => n.Name));

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number when reader.TryGetInt64(out long number) => number.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };

        foreach ((TEnum value, string name) in names)
        {
            if (string.Equals(name, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new JsonException(
            $"{field} '{text ?? reader.TokenType.ToString()}' is not allowed; allowed values: {AllowedNames}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach ((TEnum known, string name) in names)
        {
            if (EqualityComparer<TEnum>.Default.Equals(known, value))
            {
                writer.WriteStringValue(name);
                return;
            }
        }

        throw new JsonException($"{field} {value} is not defined; allowed values: {AllowedNames}.");
    }
}
