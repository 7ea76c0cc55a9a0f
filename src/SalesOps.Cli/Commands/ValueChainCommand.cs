using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.ValueChain;

namespace SalesOps.Cli.Commands;

/// <summary>
/// <c>salesops value-chain --facts FILE [--calendar …] [--grain …] [--format table|json]</c>: Porter's stages with their
/// costs (from <c>cost_&lt;stage&gt;</c> columns), shares, margin, and the linkages between the sales stage and the
/// operations stages.
/// </summary>
internal static class ValueChainCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = new FactInputOptions();
        var format = new Option<string>("--format") { Description = "Output format: table or json.", DefaultValueFactory = _ => "table" };

        var command = new Command("value-chain", "Stage costs, Porter's margin and sales-versus-operations linkages from a fact file.");
        input.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string outputFormat = (parse.GetValue(format) ?? "table").Trim().ToLowerInvariant();
            if (outputFormat is not ("table" or "json"))
            {
                throw new ArgumentException($"unknown format '{outputFormat}'; allowed values: table, json");
            }

            FactCube cube = input.LoadCube(parse, context);
            ValueChainAnalysis analysis = new ValueChainAnalyzer().Analyze(cube);
            context.Out.Write(outputFormat == "json" ? ToJson(analysis) : ToTable(analysis));
            return SalesOpsApp.Success;
        });
        return command;
    }

    internal static string ToTable(ValueChainAnalysis analysis)
    {
        var text = new StringBuilder();
        WriteHeading(analysis, text);
        text.Append('\n');

        bool anyCost = analysis.Periods.Any(p => p.Stages.Any(s => s.Cost.IsAvailable));
        string[] periodLabels = [.. analysis.Periods.Select(p => p.Period.Label)];
        if (anyCost)
        {
            var costRows = new List<string[]>();
            for (int s = 0; s < analysis.Stages.Length; s++)
            {
                costRows.Add([analysis.Stages[s].Id, .. analysis.Periods.Select(p => CostCell(p.Stages[s]))]);
            }

            costRows.Add(["total cost", .. analysis.Periods.Select(p => Money(p.TotalCost))]);
            costRows.Add(["revenue", .. analysis.Periods.Select(p => Money(p.Revenue))]);
            costRows.Add(["porter margin", .. analysis.Periods.Select(p => Money(p.Margin))]);
            costRows.Add(["margin rate", .. analysis.Periods.Select(p => Ratio(p.MarginRate))]);
            text.Append("Stage costs (share of total)\n");
            text.Append(TextTable.Render(["stage", .. periodLabels], costRows));
            text.Append('\n').Append("Cost to revenue\n");
            text.Append(TextTable.Render(
                ["stage", .. periodLabels],
                [.. analysis.Stages.Select((stage, s) => (string[])[stage.Id, .. analysis.Periods.Select(p => Ratio(p.Stages[s].CostToRevenue))])]));
            text.Append('\n').Append("Cost growth minus revenue growth (positive: cost grows faster)\n");
            text.Append(TextTable.Render(
                ["stage", .. periodLabels],
                [.. analysis.Stages.Select((stage, s) => (string[])[stage.Id, .. analysis.Periods.Select(p => Ratio(p.Stages[s].GrowthGap))])]));
        }
        else
        {
            text.Append(TextTable.Render(["", .. periodLabels], [["revenue", .. analysis.Periods.Select(p => Money(p.Revenue))]]));
        }

        string[] missing = [.. analysis.Stages.Where((_, s) => analysis.Periods.All(p => !p.Stages[s].Cost.IsAvailable)).Select(st => st.CostMeasureId)];
        if (missing.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"stage costs: not available for {missing.Length} of {analysis.Stages.Length} stages, the facts have no column ")
                .Append(string.Join(", ", missing))
                .Append("; total cost, shares and Porter's margin need every stage's cost.\n");
        }

        text.Append('\n');
        StageLinkage? first = analysis.Linkages.FirstOrDefault(l => !l.EarlierPeriods.IsEmpty);
        text.Append("Linkages: marketing & sales against the operations stages");
        if (first is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", {Span(first.EarlierPeriods)} vs {Span(first.LaterPeriods)}");
        }

        text.Append('\n');
        foreach (StageLinkage linkage in analysis.Linkages)
        {
            text.Append(Status(linkage.Status).PadRight(14)).Append(linkage.Rule.Id).Append('\n');
            text.Append(' ', 14).Append(linkage.Sales).Append(linkage.Sales.Moved ? "  [moved]" : string.Empty).Append('\n');
            text.Append(' ', 14).Append(linkage.Operations).Append(linkage.Operations.Moved ? "  [moved]" : string.Empty).Append('\n');
        }

        WriteStrainedCount(analysis, text);
        text.Append("stage health: needs a scorecard evaluation (see docs/value-chain.md); not available from a fact file alone.\n");
        return text.ToString();
    }

    internal static string ToJson(ValueChainAnalysis analysis)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("calendar", analysis.Calendar.Name);
            writer.WriteString("grain", analysis.Grain.ToString().ToLowerInvariant());
            writer.WriteStartArray("stages");
            foreach (ValueChainStage stage in analysis.Stages)
            {
                writer.WriteStartObject();
                writer.WriteString("id", stage.Id);
                writer.WriteString("name", stage.DisplayName);
                writer.WriteString("activity", stage.Activity == ValueChainActivity.Primary ? "primary" : "support");
                writer.WriteString("cost_measure", stage.CostMeasureId);
                writer.WriteStartArray("kpis");
                foreach (string id in analysis.MetricsOf(stage.Id))
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("unattributed_kpis");
            foreach (string id in analysis.UnattributedMetrics)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();

            writer.WriteStartArray("periods");
            foreach (ValueChainPeriod period in analysis.Periods)
            {
                writer.WriteStartObject();
                writer.WriteString("period", period.Period.Label);
                writer.WriteString("start", Iso(period.Period.Start));
                writer.WriteString("end", Iso(period.Period.End));
                WriteFigures(writer, ("revenue", period.Revenue), ("revenue_growth", period.RevenueGrowth), ("total_cost", period.TotalCost), ("margin", period.Margin), ("margin_rate", period.MarginRate));
                writer.WriteStartArray("stages");
                foreach (StagePeriodCost stage in period.Stages)
                {
                    writer.WriteStartObject();
                    writer.WriteString("stage", stage.StageId);
                    WriteFigures(writer, ("cost", stage.Cost), ("share", stage.Share), ("cost_to_revenue", stage.CostToRevenue), ("cost_growth", stage.CostGrowth), ("growth_gap", stage.GrowthGap));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();

            writer.WriteStartArray("health");
            foreach (StageHealth health in analysis.Health)
            {
                writer.WriteStartObject();
                writer.WriteString("stage", health.StageId);
                WriteFigures(writer, ("score", health.Score));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();

            writer.WriteStartArray("linkages");
            foreach (StageLinkage linkage in analysis.Linkages)
            {
                writer.WriteStartObject();
                writer.WriteString("id", linkage.Rule.Id);
                writer.WriteString("status", linkage.Status switch
                {
                    LinkageStatus.Strained => "strained",
                    LinkageStatus.NotStrained => "not_strained",
                    _ => "not_available",
                });
                writer.WriteString("description", linkage.Rule.Description);
                WritePeriods(writer, "earlier_periods", linkage.EarlierPeriods);
                WritePeriods(writer, "later_periods", linkage.LaterPeriods);
                WriteEvidence(writer, "sales", linkage.Sales);
                WriteEvidence(writer, "operations", linkage.Operations);
                writer.WriteString("summary", linkage.Summary);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("strained_linkages");
            foreach (StageLinkage linkage in analysis.StrainedLinkages)
            {
                writer.WriteStringValue(linkage.Rule.Id);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static void WriteFigures(Utf8JsonWriter writer, params (string Name, MetricValue Value)[] figures)
    {
        foreach ((string name, MetricValue value) in figures)
        {
            writer.WriteNumberOrNull(name, value.Value);
        }

        if (figures.Any(f => !f.Value.IsAvailable))
        {
            writer.WriteStartObject("not_available");
            foreach ((string name, MetricValue value) in figures.Where(f => !f.Value.IsAvailable))
            {
                writer.WriteString(name, value.Reason);
            }

            writer.WriteEndObject();
        }
    }

    private static void WriteEvidence(Utf8JsonWriter writer, string name, LinkageEvidence evidence)
    {
        writer.WriteStartObject(name);
        writer.WriteString("kpi", evidence.Signal.MetricId);
        if (evidence.StageId is { } stage)
        {
            writer.WriteString("stage", stage);
        }
        else
        {
            writer.WriteNull("stage");
        }

        writer.WriteString("direction", evidence.Signal.Direction == SignalDirection.Rising ? "rising" : "falling");
        writer.WriteString("basis", evidence.Signal.Basis == ChangeBasis.Absolute ? "absolute" : "relative");
        writer.WriteNumber("threshold", evidence.Signal.Threshold);
        writer.WriteNumberOrNull("before", evidence.Before);
        writer.WriteNumberOrNull("after", evidence.After);
        writer.WriteNumberOrNull("change", evidence.Change);
        writer.WriteBoolean("moved", evidence.Moved);
        if (evidence.Reason is { } reason)
        {
            writer.WriteString("reason", reason);
        }

        writer.WriteEndObject();
    }

    private static void WritePeriods(Utf8JsonWriter writer, string name, IEnumerable<ReportingPeriod> periods)
    {
        writer.WriteStartArray(name);
        foreach (ReportingPeriod period in periods)
        {
            writer.WriteStringValue(period.Label);
        }

        writer.WriteEndArray();
    }

    private static void WriteHeading(ValueChainAnalysis analysis, StringBuilder text)
    {
        string span = analysis.Periods.IsEmpty ? "no periods" : $"{analysis.Periods[0].Period.Label} … {analysis.Periods[^1].Period.Label}";
        text.Append(CultureInfo.InvariantCulture, $"Value chain: {analysis.Calendar.Name} calendar, {analysis.Grain.ToString().ToLowerInvariant()}s, {span}\n");
    }

    private static void WriteStrainedCount(ValueChainAnalysis analysis, StringBuilder text)
    {
        int strained = analysis.StrainedLinkages.Length;
        text.Append(strained == 0
            ? "no strained linkage\n"
            : string.Create(CultureInfo.InvariantCulture, $"{strained} strained linkage{(strained == 1 ? string.Empty : "s")}: {string.Join(", ", analysis.StrainedLinkages.Select(l => l.Rule.Id))}\n"));
    }

    private static string CostCell(StagePeriodCost stage) =>
        stage.Cost.Value is not { } cost ? "n/a"
        : stage.Share.Value is { } share ? $"{TextTable.Number(cost, MeasureUnit.Currency)} ({(share * 100m).ToString("0.0", CultureInfo.InvariantCulture)}%)"
        : TextTable.Number(cost, MeasureUnit.Currency);

    private static string Money(MetricValue value) => TextTable.Number(value.Value, MeasureUnit.Currency);

    private static string Ratio(MetricValue value) => TextTable.Number(value.Value, MeasureUnit.Ratio);

    private static string Status(LinkageStatus status) => status switch
    {
        LinkageStatus.Strained => "STRAINED",
        LinkageStatus.NotStrained => "not strained",
        _ => "n/a",
    };

    private static string Span(IReadOnlyList<ReportingPeriod> periods) =>
        periods.Count == 1 ? periods[0].Label : $"{periods[0].Label}…{periods[^1].Label}";

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
