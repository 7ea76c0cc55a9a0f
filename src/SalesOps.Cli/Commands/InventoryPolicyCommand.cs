using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Planning;

namespace SalesOps.Cli.Commands;

/// <summary>
/// <c>salesops inventory-policy --facts FILE --service-level P --lead-time-days L [--lead-time-std-days S]
/// [--order-cost C] [--holding-rate H] [--missing-days not-observed|zero] [--format table|json|csv]</c>:
/// per item (sku × store, or sku) safety stock, reorder point, EOQ, stock status and ABC/XYZ class from the daily history.
/// </summary>
internal static class InventoryPolicyCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = new FactInputOptions();
        var serviceLevel = new Option<double>("--service-level") { Description = "Cycle service level in (0, 1), e.g. 0.95.", Required = true };
        var leadTime = new Option<decimal>("--lead-time-days") { Description = "Replenishment lead time in days (0 or more).", Required = true };
        var leadTimeStd = new Option<decimal>("--lead-time-std-days") { Description = "Standard deviation of the lead time in days (default 0)." };
        var orderCost = new Option<decimal>("--order-cost") { Description = "Fixed cost per order (default 50).", DefaultValueFactory = _ => 50m };
        var holdingRate = new Option<decimal>("--holding-rate") { Description = "Annual holding cost as a fraction of unit cost (default 0.25).", DefaultValueFactory = _ => 0.25m };
        var missingDays = new Option<string>("--missing-days")
        {
            Description = "How a day without a row for an item counts: not-observed (default, left out) or zero (a zero-sales day).",
            DefaultValueFactory = _ => "not-observed",
        };
        var format = new Option<string>("--format") { Description = "Output format: table, json or csv.", DefaultValueFactory = _ => "table" };

        var command = new Command("inventory-policy", "Safety stock, reorder point, EOQ and ABC/XYZ class per item from daily sales history.");
        command.Options.Add(input.Facts);
        command.Options.Add(input.BlankAsZero);
        command.Options.Add(input.Threads);
        command.Options.Add(serviceLevel);
        command.Options.Add(leadTime);
        command.Options.Add(leadTimeStd);
        command.Options.Add(orderCost);
        command.Options.Add(holdingRate);
        command.Options.Add(missingDays);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string outputFormat = (parse.GetValue(format) ?? "table").Trim().ToLowerInvariant();
            if (outputFormat is not ("table" or "json" or "csv"))
            {
                throw new ArgumentException($"unknown format '{outputFormat}'; allowed values: table, json, csv");
            }

            MissingDayTreatment treatment = (parse.GetValue(missingDays) ?? "not-observed").Trim().ToLowerInvariant() switch
            {
                "not-observed" => MissingDayTreatment.NotObserved,
                "zero" => MissingDayTreatment.ZeroSales,
                string other => throw new ArgumentException($"unknown --missing-days '{other}'; allowed values: not-observed, zero"),
            };
            var options = new InventoryPolicyOptions(parse.GetValue(serviceLevel), parse.GetValue(leadTime))
            {
                LeadTimeStdDevDays = parse.GetValue(leadTimeStd),
                OrderCost = parse.GetValue(orderCost),
                HoldingRate = parse.GetValue(holdingRate),
                MissingDays = treatment,
            };
            CheckOptions(options);

            FactCube cube = input.LoadCube(parse, context, PeriodGrain.Day);
            InventoryPolicyReport report = InventoryPolicy.FromDailyCube(cube, options);
            context.Out.Write(outputFormat switch
            {
                "json" => ToJson(report),
                "csv" => ToCsv(report),
                _ => ToTable(report),
            });
            return SalesOpsApp.Success;
        });
        return command;
    }

    /// <summary>Refuses bad parameters with the CLI's option names before the file is read.</summary>
    private static void CheckOptions(InventoryPolicyOptions options)
    {
        var problems = new List<string>();
        if (!(options.ServiceLevel > 0.0 && options.ServiceLevel < 1.0))
        {
            problems.Add($"--service-level {options.ServiceLevel.ToString(CultureInfo.InvariantCulture)} should be in the open range (0, 1), e.g. 0.95");
        }

        if (options.LeadTimeDays < 0m)
        {
            problems.Add($"--lead-time-days {Invariant(options.LeadTimeDays)} should be 0 or more");
        }

        if (options.LeadTimeStdDevDays < 0m)
        {
            problems.Add($"--lead-time-std-days {Invariant(options.LeadTimeStdDevDays)} should be 0 or more");
        }

        if (options.OrderCost <= 0m)
        {
            problems.Add($"--order-cost {Invariant(options.OrderCost)} should be more than 0");
        }

        if (options.HoldingRate <= 0m)
        {
            problems.Add($"--holding-rate {Invariant(options.HoldingRate)} should be more than 0");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems));
        }
    }

    internal static string ToJson(InventoryPolicyReport report)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("service_level", report.Options.ServiceLevel);
            writer.WriteNumber("z", report.Z);
            writer.WriteNumber("lead_time_days", report.Options.LeadTimeDays);
            writer.WriteNumber("lead_time_std_days", report.Options.LeadTimeStdDevDays);
            writer.WriteNumber("order_cost", report.Options.OrderCost);
            writer.WriteNumber("holding_rate", report.Options.HoldingRate);
            writer.WriteStartArray("items");
            foreach (ItemPolicy item in report.Items)
            {
                writer.WriteStartObject();
                writer.WriteString("sku", item.Sku);
                if (item.Store is null)
                {
                    writer.WriteNull("store");
                }
                else
                {
                    writer.WriteString("store", item.Store);
                }

                writer.WriteNumber("days", item.Days);
                writer.WriteNumber("units_sold", item.UnitsSold);
                writer.WriteNumberOrNull("revenue", item.Revenue);
                writer.WriteNumberOrNull("average_daily_demand", item.AverageDailyDemand);
                writer.WriteNumberOrNull("demand_std_dev", item.DemandStdDev);
                writer.WriteNumberOrNull("coefficient_of_variation", item.CoefficientOfVariation);
                writer.WriteNumberOrNull("safety_stock", item.SafetyStock);
                writer.WriteNumberOrNull("reorder_point", item.ReorderPoint);
                writer.WriteNumberOrNull("unit_cost", item.UnitCost);
                writer.WriteNumberOrNull("eoq", item.Eoq);
                writer.WriteNumberOrNull("maximum_stock", item.MaximumStock);
                writer.WriteNumberOrNull("current_stock", item.CurrentStock);
                writer.WriteString("stock_status", StatusName(item.StockStatus));
                Text(writer, "abc", item.Abc?.ToString());
                Text(writer, "xyz", item.Xyz?.ToString());
                writer.WriteStartArray("notes");
                foreach (string note in item.Notes)
                {
                    writer.WriteStringValue(note);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    internal static string ToCsv(InventoryPolicyReport report)
    {
        var text = new StringBuilder();
        text.Append("sku,store,days,units_sold,revenue,average_daily_demand,demand_std_dev,coefficient_of_variation,safety_stock,reorder_point,unit_cost,eoq,maximum_stock,current_stock,stock_status,abc,xyz,notes\n");
        foreach (ItemPolicy item in report.Items)
        {
            text.AppendJoin(',', [
                CsvField(item.Sku), CsvField(item.Store ?? string.Empty), item.Days.ToString(CultureInfo.InvariantCulture), Invariant(item.UnitsSold),
                Invariant(item.Revenue), Invariant(item.AverageDailyDemand), Invariant(item.DemandStdDev), Invariant(item.CoefficientOfVariation),
                Invariant(item.SafetyStock), Invariant(item.ReorderPoint), Invariant(item.UnitCost), Invariant(item.Eoq), Invariant(item.MaximumStock),
                Invariant(item.CurrentStock), StatusName(item.StockStatus), item.Abc?.ToString() ?? string.Empty, item.Xyz?.ToString() ?? string.Empty,
                CsvField(string.Join("; ", item.Notes)),
            ]).Append('\n');
        }

        return text.ToString();
    }

    internal static string ToTable(InventoryPolicyReport report)
    {
        string[] headers = ["item", "D/day", "σ/day", "SS", "ROP", "EOQ", "max", "stock", "status", "abc", "xyz"];
        var rows = report.Items.Select(i => new[]
        {
            i.ItemId, Fixed(i.AverageDailyDemand), Fixed(i.DemandStdDev), Fixed(i.SafetyStock), Fixed(i.ReorderPoint), Fixed(i.Eoq),
            Fixed(i.MaximumStock), Fixed(i.CurrentStock), StatusName(i.StockStatus), i.Abc?.ToString() ?? "n/a", i.Xyz?.ToString() ?? "n/a",
        }).ToList();
        var text = new StringBuilder(TextTable.Render(headers, rows));
        text.Append(CultureInfo.InvariantCulture, $"service level {report.Options.ServiceLevel} (z = {report.Z:0.####}), lead time {report.Options.LeadTimeDays} ± {report.Options.LeadTimeStdDevDays} days, order cost {report.Options.OrderCost}, holding rate {report.Options.HoldingRate}\n");
        foreach (ItemPolicy item in report.Items.Where(i => i.Notes.Length > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"{item.ItemId}: {string.Join("; ", item.Notes)}\n");
        }

        return text.ToString();
    }

    internal static string StatusName(StockStatus status) => status switch
    {
        StockStatus.BelowSafetyStock => "below_safety_stock",
        StockStatus.ReorderDue => "reorder_due",
        StockStatus.WithinPolicy => "within_policy",
        StockStatus.AboveMaximum => "above_maximum",
        _ => "unknown",
    };

    private static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static string Fixed(decimal? value) => value?.ToString("#,##0.00", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Invariant(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
