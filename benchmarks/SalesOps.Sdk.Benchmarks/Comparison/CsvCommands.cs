using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DuckDB.NET.Data;

namespace SalesOps.Sdk.Benchmarks.Comparison;

/// <summary>
/// The helpers of <c>benchmarks/compare-csv.sh</c>:
/// <c>generate-csv --rows N --out FILE</c> writes the comparison data set as a fact CSV;
/// <c>duckdb-csv --csv FILE [--threads T] --json OUT</c> computes the KPI pack per month in total with DuckDB's
/// <c>read_csv</c> + GROUP BY and writes it in the shape of <c>salesops kpis --format json</c>;
/// <c>check-kpis A.json B.json</c> exits 0 when both agree (revenue and cogs exactly, the rest within 1e-9 relative).
/// </summary>
internal static class CsvCommands
{
    private static readonly string[] Money = ["revenue", "cogs"];

    public static bool Handles(string command) => command is "generate-csv" or "duckdb-csv" or "check-kpis";

    public static int Run(string[] args)
    {
        switch (args[0])
        {
            case "generate-csv":
                GenerateCsv(long.Parse(Option(args, "--rows"), CultureInfo.InvariantCulture), Option(args, "--out"));
                return 0;
            case "duckdb-csv":
                DuckDbCsv(Option(args, "--csv"), int.Parse(Option(args, "--threads", "2"), CultureInfo.InvariantCulture), Option(args, "--json"));
                return 0;
            default:
                return CheckKpis(args[1], args[2]);
        }
    }

    private static string Option(string[] args, string name, string? fallback = null)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException($"{args[0]} needs {name}");
    }

    private static void GenerateCsv(long rows, string path)
    {
        ComparisonDataSet data = ComparisonDataSet.Generate(rows);
        FactFileWriter.WriteCsv(data, path);
        Console.WriteLine($"wrote {data.Rows.Length:N0} rows to {path}");
    }

    private static void DuckDbCsv(string csv, int threads, string json)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (DuckDBCommand set = connection.CreateCommand())
        {
            set.CommandText = $"SET threads TO {threads}";
            set.ExecuteNonQuery();
        }

        // Measures as DECIMAL(18,4) so money sums are exact, like the SDK's; the header names the columns.
        string columns = "{'date': 'DATE', 'sku': 'VARCHAR', " + string.Join(", ", new[]
        {
            "units_sold", "revenue", "cogs", "on_hand_units", "on_hand_value", "stockout", "forecast_units",
            "ordered_units", "shipped_units", "promo_spend", "operating_cost",
        }.Select(c => $"'{c}': 'DECIMAL(18,4)'")) + "}";
        string sql = $"WITH facts AS (SELECT * FROM read_csv('{csv.Replace("'", "''", StringComparison.Ordinal)}', header = true, columns = {columns})), "
            + KpiSql.Total("date_trunc('month', date)", "({0} * 10000)", "{0}::DOUBLE")["WITH ".Length..];

        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader reader = command.ExecuteReader();
        var periods = new JsonArray();
        while (reader.Read())
        {
            var start = DateOnly.FromDateTime(reader.GetDateTime(1));
            var kpis = new JsonObject();
            for (int k = 0; k < KpiTable.KpiCount; k++)
            {
                string id = KpiTable.Kpis[k];
                kpis[id] = id switch
                {
                    "revenue" => JsonValue.Create(reader.GetInt64(2) / 10_000m),
                    "cogs" => JsonValue.Create(reader.GetInt64(3) / 10_000m),
                    _ => reader.IsDBNull(k + 4) ? null : JsonValue.Create(reader.GetDouble(k + 4)),
                };
            }

            periods.Add(new JsonObject { ["start"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["kpis"] = kpis });
        }

        File.WriteAllText(json, new JsonObject { ["periods"] = periods }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static int CheckKpis(string leftPath, string rightPath)
    {
        Dictionary<string, JsonObject> left = Load(leftPath);
        Dictionary<string, JsonObject> right = Load(rightPath);
        var problems = new List<string>();
        foreach (string start in left.Keys.Union(right.Keys).Order(StringComparer.Ordinal))
        {
            if (!left.TryGetValue(start, out JsonObject? a) || !right.TryGetValue(start, out JsonObject? b))
            {
                problems.Add($"{start}: only in {(left.ContainsKey(start) ? leftPath : rightPath)}");
                continue;
            }

            foreach (string id in KpiTable.Kpis)
            {
                JsonNode? x = a[id];
                JsonNode? y = b[id];
                if (x is null || y is null)
                {
                    if (x is not null || y is not null)
                    {
                        problems.Add($"{start} {id}: {x?.ToJsonString() ?? "null"} vs {y?.ToJsonString() ?? "null"}");
                    }

                    continue;
                }

                bool same = Money.Contains(id)
                    ? x.GetValue<decimal>() == y.GetValue<decimal>()
                    : Close(x.GetValue<double>(), y.GetValue<double>());
                if (!same)
                {
                    problems.Add($"{start} {id}: {x.ToJsonString()} vs {y.ToJsonString()}");
                }
            }
        }

        if (problems.Count > 0)
        {
            Console.Error.WriteLine($"{leftPath} and {rightPath} disagree:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(20))}");
            return 1;
        }

        Console.WriteLine($"agree: {left.Count} periods × {KpiTable.KpiCount} KPIs (revenue and cogs exactly, the rest within 1e-9)");
        return 0;
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));

    private static Dictionary<string, JsonObject> Load(string path)
    {
        JsonNode root = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty");
        return root["periods"]!.AsArray().ToDictionary(p => p!["start"]!.GetValue<string>(), p => p!["kpis"]!.AsObject());
    }
}
