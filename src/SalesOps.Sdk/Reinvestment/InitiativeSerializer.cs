using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Reinvestment;

/// <summary>
/// Reads and writes candidate initiatives as JSON: <c>{"initiatives": [{"id", "name", "stage", "cost", "effects":
/// [{"metric_id", "kind": "absolute|relative", "change", "unit"}], "months_to_effect", "confidence", "assumptions",
/// "annual_benefit"}]}</c>.
/// </summary>
public static class InitiativeSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Parses initiatives.</summary>
    /// <exception cref="ReinvestmentValidationException">The JSON is malformed or misses required fields; the message names the path.</exception>
    public static ImmutableArray<ReinvestmentInitiative> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            Document document = JsonSerializer.Deserialize<Document>(json, Options)
                ?? throw new ReinvestmentValidationException("initiatives: the document is empty");
            return document.Initiatives.IsDefault
                ? throw new ReinvestmentValidationException("initiatives: the 'initiatives' array is missing")
                : document.Initiatives;
        }
        catch (JsonException ex)
        {
            throw new ReinvestmentValidationException($"{(string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path)}: {ex.Message}", ex);
        }
    }

    /// <summary>Writes initiatives.</summary>
    public static string Serialize(IEnumerable<ReinvestmentInitiative> initiatives)
    {
        ArgumentNullException.ThrowIfNull(initiatives);
        return JsonSerializer.Serialize(new Document([.. initiatives]), Options);
    }

    private sealed record Document(ImmutableArray<ReinvestmentInitiative> Initiatives);
}
