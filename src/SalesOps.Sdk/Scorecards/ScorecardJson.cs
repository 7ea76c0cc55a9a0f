using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Scorecards;

/// <summary>
/// Loads and saves <see cref="ScorecardDefinition"/>s as JSON (System.Text.Json): snake_case property names, enums as
/// snake_case strings (<c>"lower_is_better"</c>, <c>"green"</c>, <c>"on_hold"</c>), the calendar as a preset name or
/// a retail calendar definition, the grain as its name. The format is documented in <c>docs/scorecards.md</c> and
/// <c>docs/scorecard.schema.json</c>.
/// </summary>
/// <remarks>
/// Reading is strict: an unknown property, a missing required one (<c>id</c>, <c>name</c>, <c>perspective</c>,
/// <c>metric</c>, …) or an unknown enum name is a <see cref="JsonException"/> naming the place. Reading does not
/// validate the definition's content; use <see cref="ScorecardDefinitionValidator"/> (the evaluator does).
/// Thread-safe.
/// </remarks>
public static class ScorecardJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new SnakeCaseEnumConverter() },
    };

    /// <summary>Reads a definition from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The definition (not yet validated).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a scorecard definition; the message names the place.</exception>
    public static ScorecardDefinition Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ScorecardDefinition definition = JsonSerializer.Deserialize<ScorecardDefinition>(json, Options)
            ?? throw new JsonException("A scorecard definition must be a JSON object, not null.");
        return Normalise(definition);
    }

    /// <summary>Writes a definition as indented JSON.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="JsonException">The calendar has no JSON form.</exception>
    public static string Serialize(ScorecardDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return JsonSerializer.Serialize(Normalise(definition), Options);
    }

    // A definition built in code may leave a list as a default ImmutableArray; write and read it as empty.
    private static ScorecardDefinition Normalise(ScorecardDefinition d) => d with
    {
        Perspectives = d.Perspectives.IsDefault ? [] : d.Perspectives,
        StrategyMap = d.StrategyMap.IsDefault ? [] : d.StrategyMap,
        Initiatives = d.Initiatives.IsDefault ? [] : d.Initiatives,
        StatusThresholds = d.StatusThresholds ?? StatusThresholds.Default,
        Objectives = d.Objectives.IsDefault ? [] : [.. d.Objectives.Select(o => o is null ? o! : o with
        {
            Indicators = o.Indicators.IsDefault ? [] : [.. o.Indicators.Select(i => i is null ? i! : i with { Thresholds = i.Thresholds.IsDefault ? [] : i.Thresholds })],
        })],
    };

    /// <summary>
    /// Enums as snake_case names, except enums whose type names its own converter (the grain, the calendar parts).
    /// </summary>
    private sealed class SnakeCaseEnumConverter : JsonConverterFactory
    {
        private readonly JsonStringEnumConverter _inner = new(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);

        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsEnum && !typeToConvert.IsDefined(typeof(JsonConverterAttribute), inherit: false);

        public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            _inner.CreateConverter(typeToConvert, options);
    }
}
