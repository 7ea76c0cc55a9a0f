using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Reinvestment;

namespace SalesOps.Cli.Commands;

/// <summary>
/// <c>salesops reinvest --facts FILE [--initiatives FILE.json | --preset retail|services] [--share 0.3] [--format table|json]</c>:
/// turns the incremental gross profit of sales growth into a funded plan of operations initiatives.
/// </summary>
internal static class ReinvestCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = new FactInputOptions();
        var initiatives = new Option<FileInfo?>("--initiatives") { Description = "Candidate initiatives as JSON (see docs/reinvestment.md); default: the preset's." };
        var preset = new Option<string>("--preset") { Description = "retail or services: the candidate initiatives and balance KPIs.", DefaultValueFactory = _ => "retail" };
        var share = new Option<decimal>("--share") { Description = "Share of the incremental gross profit to reinvest, 0 to 1.", DefaultValueFactory = _ => ReinvestmentPolicy.Default.Share };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 code of the amounts in the data.", DefaultValueFactory = _ => "USD" };
        var format = new Option<string>("--format") { Description = "Output format: table or json.", DefaultValueFactory = _ => "table" };

        var command = new Command("reinvest", "Plan how to reinvest the gross profit of sales growth into operations initiatives.");
        input.AddTo(command);
        command.Options.Add(initiatives);
        command.Options.Add(preset);
        command.Options.Add(share);
        command.Options.Add(currency);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string outputFormat = (parse.GetValue(format) ?? "table").Trim().ToLowerInvariant();
            if (outputFormat is not ("table" or "json"))
            {
                throw new ArgumentException($"unknown format '{outputFormat}'; allowed values: table, json");
            }

            string presetName = (parse.GetValue(preset) ?? "retail").Trim().ToLowerInvariant();
            (BalanceOptions balance, ImmutableArray<ReinvestmentInitiative> presetInitiatives) = presetName switch
            {
                "retail" => (BalanceOptions.Retail, InitiativePresets.Retail),
                "services" => (BalanceOptions.Services, InitiativePresets.Services),
                _ => throw new ArgumentException($"unknown preset '{presetName}'; allowed values: retail, services"),
            };

            decimal reinvestShare = parse.GetValue(share);
            if (reinvestShare is < 0m or > 1m)
            {
                throw new ArgumentException($"--share {reinvestShare.ToString(CultureInfo.InvariantCulture)} should be in range [0-1]");
            }

            ImmutableArray<ReinvestmentInitiative> candidates = parse.GetValue(initiatives) is { } file
                ? ReadInitiatives(file)
                : presetInitiatives;
            Currency money = Currency.Of(parse.GetValue(currency) ?? "USD");

            FactCube cube = input.LoadCube(parse, context);
            var engine = new MetricEngine(MetricCatalog.Standard);
            BalanceDiagnosis diagnosis = new BalanceAnalyzer(engine, balance).Diagnose(cube);
            if (diagnosis.LaterPeriods.IsDefaultOrEmpty)
            {
                throw new InvalidOperationException($"cannot plan a reinvestment: {string.Join("; ", diagnosis.Notes)}");
            }

            ReinvestmentBudget budget = ReinvestmentBudget.FromCube(
                cube, diagnosis.LaterPeriods, diagnosis.EarlierPeriods, money, ReinvestmentPolicy.Default with { Share = reinvestShare });
            ReinvestmentPlan plan = new ReinvestmentPlanner(engine.Catalog).Plan(budget, candidates, ReinvestmentContext.FromDiagnosis(diagnosis, cube, engine));
            context.Out.Write(outputFormat == "json" ? ToJson(plan) : ToTable(plan));
            return SalesOpsApp.Success;
        });
        return command;
    }

    private static ImmutableArray<ReinvestmentInitiative> ReadInitiatives(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new FileNotFoundException($"{file.Name}: file not found", file.Name);
        }

        try
        {
            return InitiativeSerializer.Parse(File.ReadAllText(file.FullName));
        }
        catch (ReinvestmentValidationException ex)
        {
            throw new ReinvestmentValidationException($"{file.Name}: {ex.Message}", ex);
        }
    }

    internal static string ToJson(ReinvestmentPlan plan)
    {
        return JsonOutput.Render(writer => WriteJson(writer, plan));
    }

    internal static void WriteJson(Utf8JsonWriter writer, ReinvestmentPlan plan)
    {
        ReinvestmentBudget b = plan.Budget;
        writer.WriteStartObject();
        writer.WriteStartObject("budget");
        writer.WriteString("currency", b.Currency.Code);
        writer.WriteString("current_periods", b.CurrentPeriods);
        writer.WriteString("comparison_periods", b.ComparisonPeriods);
        writer.WriteNumber("current_gross_profit", b.CurrentGrossProfit.Amount);
        writer.WriteNumber("comparison_gross_profit", b.ComparisonGrossProfit.Amount);
        writer.WriteNumber("incremental_gross_profit", b.IncrementalGrossProfit.Amount);
        writer.WriteNumber("total", b.Total.Amount);
        writer.WriteNumber("reserve", b.Reserve.Amount);
        writer.WriteNumber("available", b.Available.Amount);
        writer.WriteStringArray("notes", b.Notes);
        writer.WriteEndObject();
        writer.WriteNumber("remaining", plan.Remaining.Amount);
        writer.WriteNumber("objective_value", plan.ObjectiveValue);
        writer.WriteString("method", plan.IsExact ? "branch_and_bound" : "greedy");
        writer.WriteStartArray("funded");
        foreach (FundedInitiative f in plan.Funded)
        {
            writer.WriteStartObject();
            writer.WriteString("id", f.Initiative.Id);
            writer.WriteString("name", f.Initiative.Name);
            writer.WriteString("stage", f.Initiative.Stage);
            writer.WriteNumber("amount", f.Amount.Amount);
            writer.WriteNumber("value", f.Value);
            writer.WriteNumberOrNull("annual_benefit", f.AnnualBenefit);
            writer.WriteNumberOrNull("payback_months", f.PaybackMonths);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("unfunded");
        foreach (UnfundedInitiative u in plan.Unfunded)
        {
            writer.WriteStartObject();
            writer.WriteString("id", u.Initiative.Id);
            writer.WriteString("name", u.Initiative.Name);
            writer.WriteNumber("cost", u.Initiative.Cost);
            writer.WriteNumber("value", u.Value);
            writer.WriteString("reason", u.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("expected_changes");
        foreach (ExpectedKpiChange c in plan.ExpectedChanges)
        {
            writer.WriteStartObject();
            writer.WriteString("kpi", c.MetricId);
            writer.WriteNumberOrNull("current", c.Current);
            writer.WriteNumberOrNull("change", c.Change);
            writer.WriteNumberOrNull("relative_change", c.RelativeChange);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static string ToTable(ReinvestmentPlan plan)
    {
        ReinvestmentBudget b = plan.Budget;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Gross profit {b.CurrentPeriods}: {b.CurrentGrossProfit}; {b.ComparisonPeriods} on the same days: {b.ComparisonGrossProfit}\n");
        text.Append(CultureInfo.InvariantCulture, $"Incremental gross profit {b.IncrementalGrossProfit} -> budget {b.Total}, reserve {b.Reserve}, available {b.Available}\n");
        foreach (string note in b.Notes)
        {
            text.Append("note: ").Append(note).Append('\n');
        }

        text.Append('\n');
        text.Append(TextTable.Render(
            ["funded", "amount", "value", "payback (months)"],
            [.. plan.Funded.Select(f => new[]
            {
                f.Initiative.Name,
                f.Amount.Amount.ToString("#,##0.00", CultureInfo.InvariantCulture),
                f.Value.ToString("0.####", CultureInfo.InvariantCulture),
                f.PaybackMonths?.ToString("0.#", CultureInfo.InvariantCulture) ?? "n/a",
            })]));
        text.Append(CultureInfo.InvariantCulture, $"Remaining: {plan.Remaining}\n\n");
        foreach (UnfundedInitiative u in plan.Unfunded)
        {
            text.Append(CultureInfo.InvariantCulture, $"not funded: {u.Initiative.Name} — {u.Reason}\n");
        }

        return text.ToString();
    }
}
