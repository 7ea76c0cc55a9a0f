using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Scorecards;

namespace SalesOps.Cli.Commands;

/// <summary>
/// <c>salesops scorecard --facts FILE [--definition FILE.json | --preset retail|services] [--period LABEL]
/// [--calendar …] [--grain …] [--format table|json]</c>: a balanced scorecard evaluated for the latest period (or
/// <c>--period</c>).
/// </summary>
internal static class ScorecardCommand
{
    private const string Reset = "\u001b[0m";

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = new FactInputOptions();
        var definitionFile = new Option<FileInfo?>("--definition") { Description = "A scorecard definition in JSON (docs/scorecards.md)." };
        var preset = new Option<string?>("--preset") { Description = "A preset scorecard: retail or services (default retail)." };
        var period = new Option<string?>("--period") { Description = "The period label to evaluate, e.g. 2024-06 (default: the latest)." };
        var format = new Option<string>("--format") { Description = "Output format: table or json.", DefaultValueFactory = _ => "table" };
        input.Calendar.Description += " Default: the definition's calendar.";
        input.Grain.Description += " Default: the definition's grain.";

        var command = new Command("scorecard", "Evaluate a balanced scorecard on a fact file for the latest period (or --period).");
        input.AddTo(command);
        command.Options.Add(definitionFile);
        command.Options.Add(preset);
        command.Options.Add(period);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string outputFormat = (parse.GetValue(format) ?? "table").Trim().ToLowerInvariant();
            if (outputFormat is not ("table" or "json"))
            {
                throw new ArgumentException($"unknown format '{outputFormat}'; allowed values: table, json");
            }

            ScorecardDefinition definition = ReadDefinition(parse.GetValue(definitionFile), parse.GetValue(preset));
            if (FactInputOptions.IsGiven(parse, input.Calendar))
            {
                definition = definition with { Calendar = input.ReadCalendar(parse) };
            }

            if (FactInputOptions.IsGiven(parse, input.Grain))
            {
                definition = definition with { Grain = input.ReadGrain(parse) };
            }

            ScorecardEvaluator evaluator;
            try
            {
                evaluator = new ScorecardEvaluator(definition);
            }
            catch (ScorecardDefinitionException ex)
            {
                foreach (FluentValidation.Results.ValidationFailure problem in ex.Problems)
                {
                    context.Error.WriteLine($"  {problem.ErrorMessage}");
                }

                throw new ArgumentException($"scorecard '{definition.Id}' is invalid: {ex.Problems.Length} problem(s), listed above", ex);
            }

            FactCube cube = input.LoadCube(parse, context, definition.Calendar, definition.Grain);
            if (cube.IsEmpty)
            {
                throw new ArgumentException("the fact file has no rows");
            }

            ReportingPeriod? chosen = null;
            if (parse.GetValue(period) is { Length: > 0 } label)
            {
                chosen = cube.Periods.FirstOrDefault(p => string.Equals(p.Label, label.Trim(), StringComparison.OrdinalIgnoreCase))
                    ?? throw new ArgumentException($"period '{label}' is not in the data; its periods: {string.Join(", ", cube.Periods.Select(p => p.Label))}");
            }

            ScorecardEvaluation evaluation = evaluator.Evaluate(cube, chosen);
            context.Out.Write(outputFormat == "json" ? ToJson(evaluation) : ToTable(evaluation, context.ColourEnabled));
            return SalesOpsApp.Success;
        });
        return command;
    }

    private static ScorecardDefinition ReadDefinition(FileInfo? file, string? presetName)
    {
        if (file is not null && presetName is not null)
        {
            throw new ArgumentException("give either --definition or --preset, not both");
        }

        if (file is null)
        {
            string name = presetName ?? "retail";
            return ScorecardPresets.TryFromName(name, out ScorecardDefinition? preset)
                ? preset
                : throw new ArgumentException($"unknown preset '{name}'; allowed values: {string.Join(", ", ScorecardPresets.Names)}");
        }

        if (!file.Exists)
        {
            throw new FileNotFoundException($"{file.FullName}: file not found", file.FullName);
        }

        try
        {
            return ScorecardJson.Deserialize(File.ReadAllText(file.FullName));
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"{file.Name}: not a scorecard definition: {ex.Message}", ex);
        }
    }

    internal static string ToJson(ScorecardEvaluation evaluation)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("scorecard", evaluation.Definition.Id);
            writer.WriteStartObject("period");
            writer.WriteString("period", evaluation.Period.Label);
            writer.WriteString("start", Iso(evaluation.Period.Start));
            writer.WriteString("end", Iso(evaluation.Period.End));
            writer.WriteEndObject();
            writer.WriteStartObject("overall");
            writer.WriteNumberOrNull("score", Round(evaluation.Score));
            WriteStatus(writer, evaluation.Status);
            writer.WriteEndObject();
            writer.WriteStartArray("perspectives");
            foreach (PerspectiveEvaluation perspective in evaluation.Perspectives)
            {
                writer.WriteStartObject();
                writer.WriteString("id", perspective.Id);
                writer.WriteString("name", perspective.Perspective.Name);
                writer.WriteNumber("weight", perspective.Weight);
                writer.WriteNumberOrNull("score", Round(perspective.Score));
                WriteStatus(writer, perspective.Status);
                writer.WriteStartArray("objectives");
                foreach (ObjectiveEvaluation objective in perspective.Objectives)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", objective.Id);
                    writer.WriteString("name", objective.Objective.Name);
                    writer.WriteNumber("weight", objective.Weight);
                    writer.WriteNumberOrNull("score", Round(objective.Score));
                    WriteStatus(writer, objective.Status);
                    writer.WriteStartArray("indicators");
                    foreach (IndicatorEvaluation indicator in objective.Indicators)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("metric", indicator.MetricId);
                        writer.WriteNumber("weight", indicator.Weight);
                        writer.WriteNumberOrNull("actual", indicator.Actual);
                        writer.WriteNumberOrNull("baseline", indicator.Indicator.Baseline);
                        writer.WriteNumberOrNull("target", indicator.Indicator.Target);
                        writer.WriteString("scoring", indicator.Indicator.Scoring);
                        writer.WriteNumberOrNull("score", Round(indicator.Score));
                        WriteStatus(writer, indicator.Status);
                        writer.WriteNumberOrNull("trend", Round(indicator.Trend));
                        if (indicator.Note is { } note)
                        {
                            writer.WriteString("note", note);
                        }
                        else
                        {
                            writer.WriteNull("note");
                        }

                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("strategy_map");
            writer.WriteStartArray("links");
            foreach (StrategyLink link in evaluation.Definition.StrategyMap)
            {
                writer.WriteStartObject();
                writer.WriteString("cause", link.Cause);
                writer.WriteString("effect", link.Effect);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("broken_linkages");
            foreach (StrategyMapFinding finding in evaluation.StrategyMapFindings.Where(f => f.Kind == StrategyMapFindingKind.BrokenLinkage))
            {
                writer.WriteStartObject();
                writer.WriteString("effect", finding.Effect);
                writer.WriteStartArray("causes");
                foreach (string cause in finding.Causes)
                {
                    writer.WriteStringValue(cause);
                }

                writer.WriteEndArray();
                writer.WriteString("note", finding.Note);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("early_warnings");
            foreach (StrategyMapFinding finding in evaluation.StrategyMapFindings.Where(f => f.Kind == StrategyMapFindingKind.EarlyWarning))
            {
                writer.WriteStartObject();
                writer.WriteString("cause", finding.Causes[0]);
                writer.WriteString("effect", finding.Effect);
                writer.WriteString("note", finding.Note);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    internal static string ToTable(ScorecardEvaluation evaluation, bool colour)
    {
        var text = new StringBuilder();
        ReportingPeriod period = evaluation.Period;
        text.Append(CultureInfo.InvariantCulture, $"scorecard {evaluation.Definition.Id} ({evaluation.Definition.Name}), period {period.Label} ({Iso(period.Start)} to {Iso(period.End)})");
        text.Append(evaluation.PreviousPeriod is { } previous ? $", trend against {previous.Label}\n" : ", no previous period for trends\n");
        text.Append(CultureInfo.InvariantCulture, $"overall: {Score(evaluation.Score)} {Paint(StatusName(evaluation.Status), colour)}, trend {Trend(evaluation.Trend)}\n\n");

        string[] headers = ["perspective / objective / indicator", "weight", "actual", "baseline", "target", "score", "status", "trend"];
        var rows = new List<string[]>();
        foreach (PerspectiveEvaluation perspective in evaluation.Perspectives)
        {
            rows.Add([$"{perspective.Perspective.Name}", Plain(perspective.Weight), string.Empty, string.Empty, string.Empty, Score(perspective.Score), StatusName(perspective.Status), Trend(perspective.Trend)]);
            foreach (ObjectiveEvaluation objective in perspective.Objectives)
            {
                rows.Add([$"  {objective.Objective.Name}", Plain(objective.Weight), string.Empty, string.Empty, string.Empty, Score(objective.Score), StatusName(objective.Status), Trend(objective.Trend)]);
                foreach (IndicatorEvaluation indicator in objective.Indicators)
                {
                    rows.Add([
                        $"    {indicator.MetricId}",
                        Plain(indicator.Weight),
                        Value(indicator.Actual),
                        Value(indicator.Indicator.Baseline),
                        Value(indicator.Indicator.Target),
                        Score(indicator.Score),
                        StatusName(indicator.Status),
                        Trend(indicator.Trend),
                    ]);
                }
            }
        }

        string table = TextTable.Render(headers, rows);
        text.Append(colour ? PaintColumn(table, headers, rows, Array.IndexOf(headers, "status")) : table);

        if (evaluation.StrategyMapFindings.Length > 0)
        {
            text.Append("\nstrategy map:\n");
            foreach (StrategyMapFinding finding in evaluation.StrategyMapFindings)
            {
                text.Append("  ").Append(finding.Note).Append('\n');
            }
        }

        if (evaluation.Notes.Length > 0)
        {
            text.Append("\nnotes:\n");
            foreach (string note in evaluation.Notes)
            {
                text.Append("  ").Append(note).Append('\n');
            }
        }

        return text.ToString();
    }

    // Colours the status cells of a rendered table in place: the cells' positions follow TextTable's layout.
    private static string PaintColumn(string table, string[] headers, List<string[]> rows, int column)
    {
        int[] widths = [.. headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length)))];
        int start = widths.Take(column).Sum() + (2 * column);
        int width = widths[column];
        string[] lines = table.Split('\n');
        for (int line = 2; line < lines.Length; line++)
        {
            if (lines[line].Length >= start + width)
            {
                string cell = lines[line].Substring(start, width);
                lines[line] = string.Concat(lines[line].AsSpan(0, start), Paint(cell, true), lines[line].AsSpan(start + width));
            }
        }

        return string.Join('\n', lines);
    }

    private static string Paint(string cell, bool colour)
    {
        string code = cell.Trim() switch
        {
            "green" => "\u001b[32m",
            "amber" => "\u001b[33m",
            "red" => "\u001b[31m",
            _ => string.Empty,
        };
        return colour && code.Length > 0 ? code + cell + Reset : cell;
    }

    internal static string StatusName(ScoreStatus? status) => status switch
    {
        ScoreStatus.Green => "green",
        ScoreStatus.Amber => "amber",
        ScoreStatus.Red => "red",
        _ => "n/a",
    };

    private static void WriteStatus(Utf8JsonWriter writer, ScoreStatus? status)
    {
        if (status is null)
        {
            writer.WriteNull("status");
        }
        else
        {
            writer.WriteString("status", StatusName(status));
        }
    }

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    // Truncated, not rounded, so a score just below a status threshold never prints as the threshold.
    private static string Score(decimal? value) => value is { } v ? (Math.Truncate(v * 100m) / 100m).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string Trend(decimal? value) => value is { } v ? v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : string.Empty;

    private static string Value(decimal? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    private static string Plain(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
