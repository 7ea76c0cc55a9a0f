using System.Text.Json;

namespace SalesOps.Sdk.Tests.Scorecards;

/// <summary>
/// A small JSON Schema checker for the subset docs/scorecard.schema.json uses: type (one or several), properties,
/// required, additionalProperties false, items, $ref to $defs, and enum.
/// </summary>
internal static class SchemaCheck
{
    public static List<string> Problems(JsonElement schema, JsonElement document)
    {
        var problems = new List<string>();
        Check(schema, schema, document, "$", problems);
        return problems;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            string name = reference.GetString()!["#/$defs/".Length..];
            Check(root, root.GetProperty("$defs").GetProperty(name), value, path, problems);
            return;
        }

        if (schema.TryGetProperty("enum", out JsonElement allowed) && !allowed.EnumerateArray().Any(a => a.ToString() == value.ToString()))
        {
            problems.Add($"{path}: '{value}' is not one of {allowed}");
        }

        if (schema.TryGetProperty("type", out JsonElement type))
        {
            string[] types = type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!];
            if (!types.Contains(KindOf(value)))
            {
                problems.Add($"{path}: {KindOf(value)} is not {string.Join(" or ", types)}");
                return;
            }
        }

        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out JsonElement properties))
        {
            foreach (JsonProperty property in value.EnumerateObject())
            {
                if (properties.TryGetProperty(property.Name, out JsonElement propertySchema))
                {
                    Check(root, propertySchema, property.Value, $"{path}.{property.Name}", problems);
                }
                else if (schema.TryGetProperty("additionalProperties", out JsonElement additional) && additional.ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{path}: property '{property.Name}' is not in the schema");
                }
            }

            if (schema.TryGetProperty("required", out JsonElement required))
            {
                foreach (JsonElement name in required.EnumerateArray())
                {
                    if (!value.TryGetProperty(name.GetString()!, out _))
                    {
                        problems.Add($"{path}: required property '{name}' is missing");
                    }
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out JsonElement items))
        {
            int i = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                Check(root, items, item, $"{path}[{i++}]", problems);
            }
        }
    }

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
