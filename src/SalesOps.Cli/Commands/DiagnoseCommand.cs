using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Cli.Commands;

/// <summary>
/// <c>salesops diagnose --facts FILE [--orientation …] [--preset retail|services] [--calendar …] [--grain …] [--format table|json]</c>:
/// the sales-versus-operations balance and the trap diagnosis with its evidence.
/// </summary>
internal static class DiagnoseCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = new FactInputOptions();
        var orientation = new Option<string>("--orientation")
        {
            Description = "The declared strategic orientation: operations-led, balanced, sales-led or walton.",
            DefaultValueFactory = _ => "balanced",
        };
        var preset = new Option<string>("--preset")
        {
            Description = "Which KPIs make up sales momentum and operational health: retail or services.",
            DefaultValueFactory = _ => "retail",
        };
        var format = new Option<string>("--format") { Description = "Output format: table or json.", DefaultValueFactory = _ => "table" };

        var command = new Command("diagnose", "Measure the sales-versus-operations balance and diagnose the traps, with evidence.");
        input.AddTo(command);
        command.Options.Add(orientation);
        command.Options.Add(preset);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string outputFormat = (parse.GetValue(format) ?? "table").Trim().ToLowerInvariant();
            if (outputFormat is not ("table" or "json"))
            {
                throw new ArgumentException($"unknown format '{outputFormat}'; allowed values: table, json");
            }

            StrategicOrientation declared = StrategicOrientation.FromName(parse.GetValue(orientation) ?? "balanced");
            BalanceOptions options = (parse.GetValue(preset) ?? "retail").Trim().ToLowerInvariant() switch
            {
                "retail" => BalanceOptions.Retail,
                "services" => BalanceOptions.Services,
                string other => throw new ArgumentException($"unknown preset '{other}'; allowed values: retail, services"),
            };

            FactCube cube = input.LoadCube(parse, context);
            BalanceDiagnosis diagnosis = new BalanceAnalyzer(new MetricEngine(MetricCatalog.Standard), options).Diagnose(cube, declared);
            context.Out.Write(outputFormat == "json" ? ToJson(diagnosis) : ToTable(diagnosis));
            return SalesOpsApp.Success;
        });
        return command;
    }

    internal static string ToJson(BalanceDiagnosis diagnosis)
    {
        return JsonOutput.Render(writer => WriteJson(writer, diagnosis));
    }

    internal static void WriteJson(Utf8JsonWriter writer, BalanceDiagnosis diagnosis)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("orientation");
        writer.WriteString("declared", diagnosis.Declared.Id);
        writer.WriteStringOrNull("measured", diagnosis.Measured is { } m ? Snake(m) : null);
        writer.WriteNumberOrNull("gap", diagnosis.Gap);
        writer.WriteNumberOrNull("target_tilt", diagnosis.Declared.TargetTilt);
        writer.WriteEndObject();
        writer.WriteNumberOrNull("balance_index", diagnosis.BalanceIndex);
        writer.WriteNumberOrNull("sales_momentum", diagnosis.SalesMomentum);
        writer.WriteNumberOrNull("operational_health", diagnosis.OperationalHealth);
        writer.WriteNumberOrNull("synergy", diagnosis.Synergy);
        writer.WriteStartObject("periods");
        writer.WriteString("earlier", Label(diagnosis.EarlierPeriods));
        writer.WriteString("later", Label(diagnosis.LaterPeriods));
        writer.WriteEndObject();
        writer.WriteStartArray("findings");
        foreach (BalanceFinding finding in diagnosis.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("id", finding.Id);
            writer.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            writer.WriteString("title", finding.Title);
            writer.WriteString("narrative", finding.Narrative);
            writer.WriteStartArray("evidence");
            foreach (FindingEvidence e in finding.Evidence)
            {
                writer.WriteStartObject();
                writer.WriteString("kpi", e.MetricId);
                writer.WriteString("earlier_periods", e.EarlierPeriods);
                writer.WriteString("later_periods", e.LaterPeriods);
                writer.WriteNumberOrNull("before", e.Before);
                writer.WriteNumberOrNull("after", e.After);
                writer.WriteString("threshold", e.Threshold);
                writer.WriteString("observation", e.Observation);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStringArray("recommendations", finding.Recommendations);
            writer.WriteStringArray("stages", finding.Stages);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteIndicators(writer, "sales_indicators", diagnosis.SalesIndicators);
        WriteIndicators(writer, "operations_indicators", diagnosis.OperationsIndicators);
        writer.WriteStringArray("notes", diagnosis.Notes);
        writer.WriteEndObject();
    }

    internal static string ToTable(BalanceDiagnosis d)
    {
        var text = new StringBuilder();
        if (d.EarlierPeriods.IsDefaultOrEmpty)
        {
            foreach (string note in d.Notes)
            {
                text.Append("note: ").Append(note).Append('\n');
            }

            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"Compared {Label(d.EarlierPeriods)} with {Label(d.LaterPeriods)}\n\n");
        string[][] rows =
        [
            ["sales momentum (S)", Number(d.SalesMomentum)],
            ["operational health (O)", Number(d.OperationalHealth)],
            ["balance index (S - O)", Number(d.BalanceIndex)],
            ["synergy (sqrt(S*O))", Number(d.Synergy)],
            ["measured orientation", d.Measured is { } m ? Snake(m) : "n/a"],
            ["declared orientation", $"{d.Declared.Id} (target tilt {d.Declared.TargetTilt.ToString(CultureInfo.InvariantCulture)})"],
            ["gap to declared", Number(d.Gap)],
        ];
        text.Append(TextTable.Render(["balance", "value"], rows));
        text.Append('\n');
        if (d.Findings.Length == 0)
        {
            text.Append("No findings.\n");
        }

        foreach (BalanceFinding finding in d.Findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{finding.Severity.ToString().ToUpperInvariant()}] {finding.Id}: {finding.Title}\n");
            text.Append("  ").Append(finding.Narrative).Append('\n');
            text.Append("  Evidence:\n");
            foreach (FindingEvidence e in finding.Evidence)
            {
                text.Append(CultureInfo.InvariantCulture, $"    - {e.Observation}, {e.EarlierPeriods} -> {e.LaterPeriods} (threshold: {e.Threshold})\n");
            }

            text.Append("  Levers:\n");
            foreach (string lever in finding.Recommendations)
            {
                text.Append("    - ").Append(lever).Append('\n');
            }

            text.Append("  Value-chain stages: ").Append(string.Join(", ", finding.Stages)).Append("\n\n");
        }

        foreach (string note in d.Notes)
        {
            text.Append("note: ").Append(note).Append('\n');
        }

        return text.ToString();
    }

    private static string Label(System.Collections.Immutable.ImmutableArray<SalesOps.Sdk.Periods.ReportingPeriod> periods) =>
        periods.Length == 0 ? string.Empty : periods.Length == 1 ? periods[0].Label : $"{periods[0].Label}..{periods[^1].Label}";

    internal static string Snake(MeasuredOrientation orientation) => orientation switch
    {
        MeasuredOrientation.OperationsLed => "operations_led",
        MeasuredOrientation.SalesLed => "sales_led",
        _ => "balanced",
    };

    private static string Number(decimal? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "n/a";

    private static void WriteIndicators(Utf8JsonWriter writer, string name, IEnumerable<IndicatorScore> scores)
    {
        writer.WriteStartArray(name);
        foreach (IndicatorScore score in scores)
        {
            writer.WriteStartObject();
            writer.WriteString("kpi", score.MetricId);
            writer.WriteString("basis", score.Basis.ToString().ToLowerInvariant());
            writer.WriteNumberOrNull("value", score.Value);
            writer.WriteNumberOrNull("score", score.Score);
            writer.WriteNumber("weight", score.Weight);
            writer.WriteString("note", score.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
