using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Cli.Commands;

/// <summary>
/// <c>salesops kpis --facts FILE [--calendar …] [--grain …] [--segment-by sku|store] [--metrics id,id] [--format table|json|csv]</c>:
/// the KPI pack (or chosen metrics) per period, for the total or per segment.
/// </summary>
internal static class KpisCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = new FactInputOptions();
        var segmentBy = new Option<string?>("--segment-by") { Description = "Report per value of a dimension (sku or store) instead of the total." };
        var metrics = new Option<string?>("--metrics") { Description = "Comma-separated metric ids (default: the KPI pack; see docs/kpis.md)." };
        var format = new Option<string>("--format") { Description = "Output format: table, json or csv.", DefaultValueFactory = _ => "table" };

        var command = new Command("kpis", "Compute KPIs per period from a fact file.");
        input.AddTo(command);
        command.Options.Add(segmentBy);
        command.Options.Add(metrics);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string outputFormat = (parse.GetValue(format) ?? "table").Trim().ToLowerInvariant();
            if (outputFormat is not ("table" or "json" or "csv"))
            {
                throw new ArgumentException($"unknown format '{outputFormat}'; allowed values: table, json, csv");
            }

            string[] metricIds = parse.GetValue(metrics) is { Length: > 0 } list
                ? [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                : [.. StandardMetrics.KpiPack];
            foreach (string id in metricIds)
            {
                if (!MetricCatalog.Standard.Contains(id))
                {
                    throw new ArgumentException(
                        $"unknown metric '{id}'; known metrics: {string.Join(", ", MetricCatalog.Standard.Definitions.Select(d => d.Id).Order(StringComparer.Ordinal))}");
                }
            }

            // Only the total or one dimension is reported: the file is read straight into that view.
            string? dimension = parse.GetValue(segmentBy);
            FactCube view = input.LoadRolledUp(parse, context, dimension);
            MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(view, metricIds);
            context.Out.Write(outputFormat switch
            {
                "json" => ToJson(results, view, dimension is not null),
                "csv" => ToCsv(results, dimension is not null),
                _ => ToTable(results, dimension is not null),
            });
            return SalesOpsApp.Success;
        });
        return command;
    }

    internal static string ToJson(MetricResultSet results, FactCube cube, bool segmented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("calendar", cube.Calendar.Name);
            writer.WriteString("grain", cube.Grain.ToString().ToLowerInvariant());
            writer.WriteStartArray("periods");
            foreach (MetricResultRow row in results.Rows)
            {
                writer.WriteStartObject();
                writer.WriteString("period", row.Period.Label);
                writer.WriteString("start", Iso(row.Period.Start));
                writer.WriteString("end", Iso(row.Period.End));
                if (segmented)
                {
                    writer.WriteString("segment", row.Segment.Label);
                }

                writer.WriteStartObject("kpis");
                foreach (MetricResult result in row.Results)
                {
                    if (result.Value is { } value)
                    {
                        writer.WriteNumber(result.MetricId, value);
                    }
                    else
                    {
                        writer.WriteNull(result.MetricId);
                    }
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    internal static string ToCsv(MetricResultSet results, bool segmented)
    {
        var text = new StringBuilder();
        text.Append("period,start,end");
        if (segmented)
        {
            text.Append(",segment");
        }

        foreach (MetricDefinition metric in results.Metrics)
        {
            text.Append(',').Append(metric.Id);
        }

        text.Append('\n');
        foreach (MetricResultRow row in results.Rows)
        {
            text.Append(row.Period.Label).Append(',').Append(Iso(row.Period.Start)).Append(',').Append(Iso(row.Period.End));
            if (segmented)
            {
                text.Append(',').Append(CsvField(row.Segment.Label));
            }

            foreach (MetricResult result in row.Results)
            {
                text.Append(',').Append(result.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    internal static string ToTable(MetricResultSet results, bool segmented) => ToTable(results.Metrics, results.Rows, segmented);

    /// <summary>The table of some result rows (e.g. the last few periods) of a result set with the given metrics.</summary>
    internal static string ToTable(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<MetricResultRow> resultRows, bool segmented)
    {
        // One column per period (and segment), one row per metric: easy to read for a handful of periods.
        List<string> headers = [.. resultRows.Select(r => segmented ? $"{r.Period.Label} {r.Segment.Label}" : r.Period.Label)];
        var rows = new List<string[]>();
        for (int m = 0; m < metrics.Count; m++)
        {
            rows.Add([metrics[m].Id, .. resultRows.Select(r => TextTable.Number(r.Results[m].Value, metrics[m].Unit))]);
        }

        return TextTable.Render(["kpi", .. headers], rows);
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
