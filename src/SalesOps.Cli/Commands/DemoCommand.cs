using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using SalesOps.Cli.Demo;
using SalesOps.Cli.Report;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Planning;
using SalesOps.Sdk.Reinvestment;
using SalesOps.Sdk.Scorecards;
using SalesOps.Sdk.ValueChain;

namespace SalesOps.Cli.Commands;

/// <summary>
/// <c>salesops demo [--out DIR]</c>: generates the demo company (a retailer falling into the sales-driven trap and an
/// elder-care services unit), prints every analysis of the library on it and writes the HTML report to DIR.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The KPIs of the demo's first table.</summary>
    internal static readonly string[] RecentKpis =
    [
        "revenue", "revenue_growth_yoy", "gross_margin_rate", "promo_intensity", "promo_adjusted_margin", "stockout_rate",
        "fill_rate", "days_of_supply", "wape", "forecast_bias", "gmroi", "customer_satisfaction",
    ];

    private static readonly string[] AbcClasses = ["A", "B", "C", "n/a"];
    private static readonly string[] XyzClasses = ["X", "Y", "Z", "n/a"];

    private const int RecentPeriods = 4;
    private const decimal OverstockDays = 21m;
    private const decimal RetailFloor = 150_000m;

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = new Option<DirectoryInfo?>("--out") { Description = $"The folder for the HTML report {ReportCommand.DefaultFileName} (default: the current folder)." };
        var command = new Command("demo", "Run every analysis on a generated demo company and write the HTML report.");
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            DirectoryInfo folder = parse.GetValue(output) ?? new DirectoryInfo(Directory.GetCurrentDirectory());
            Run(context, folder);
            return SalesOpsApp.Success;
        });
        return command;
    }

    private static void Run(CliContext context, DirectoryInfo folder)
    {
        DemoCompany demo;
        using (ProgressReporter.Step(context, "generating the demo company"))
        {
            demo = DemoCompany.Generate();
        }

        TextWriter o = context.Out;
        var engine = new MetricEngine(MetricCatalog.Standard);
        FactCube months = demo.RetailMonths.Total();
        o.Write(Intro(demo));

        // 1. Recent KPIs: evaluated on the whole history (so year-over-year growth has its base), the last periods shown.
        MetricResultSet kpis = engine.Evaluate(months, RecentKpis);
        Heading(o, $"1. Recent KPIs: {DemoCompany.RetailerName}, last {RecentPeriods} fiscal months");
        o.Write(KpisCommand.ToTable(kpis.Metrics, [.. kpis.Rows.TakeLast(RecentPeriods)], segmented: false));

        // 2. Scorecard (retail preset, NRF months, latest period).
        ScorecardDefinition retailCard = ScorecardPresets.Retail with { Calendar = DemoCompany.Calendar };
        ScorecardEvaluation card = new ScorecardEvaluator(retailCard, engine.Catalog).Evaluate(months);
        Heading(o, "2. Balanced scorecard (retail preset), latest fiscal month");
        o.Write(ScorecardCommand.ToTable(card, context.ColourEnabled));

        // 3. Value chain, FY2023 against FY2024, with stage health from the scorecard.
        ValueChainAnalysis chain = new ValueChainAnalyzer(catalog: engine.Catalog).Analyze(demo.RetailYears, health: HealthInputs(card));
        Heading(o, "3. Value chain: FY2023 against FY2024");
        o.Write(ValueChainCommand.ToTable(chain).Replace(
            "stage health: needs a scorecard evaluation (see docs/value-chain.md); not available from a fact file alone.\n",
            string.Empty,
            StringComparison.Ordinal));
        o.Write(StageHealthTable(chain));

        // 4. Balance and diagnosis: the first year against the second.
        BalanceDiagnosis diagnosis = new BalanceAnalyzer(engine, BalanceOptions.Retail).Diagnose(months, StrategicOrientation.Balanced);
        Heading(o, "4. Balance index and diagnosis: FY2023 (earlier) against FY2024 (recent)");
        o.Write(DiagnoseCommand.ToTable(diagnosis));

        // 5. Inventory policy on the last 13 weeks.
        var policyOptions = new InventoryPolicyOptions(0.95, 7m) { LeadTimeStdDevDays = 2m };
        InventoryPolicyReport policy = InventoryPolicy.FromDailyCube(demo.RetailRecentDays, policyOptions);
        Heading(o, $"5. Inventory policy: last {DemoCompany.PolicyDays} days, 95 % service level, lead time 7 ± 2 days");
        o.Write(PolicySummary(policy));

        // 6. Reinvestment: what the growth earned, and what to fix first.
        Heading(o, "6. Reinvestment plan");
        ReinvestmentPlan retailPlan = RetailPlan(months, diagnosis, engine, out ReinvestmentBudget retailBudget);
        o.Write(ReinvestmentStory(retailBudget, retailPlan));

        // 7. The services unit.
        FactCube care = demo.ServiceMonths.Total();
        ScorecardEvaluation careCard = new ScorecardEvaluator(ScorecardPresets.Services with { Calendar = DemoCompany.Calendar }, engine.Catalog).Evaluate(care);
        BalanceDiagnosis careDiagnosis = new BalanceAnalyzer(engine, BalanceOptions.Services).Diagnose(care, StrategicOrientation.Balanced);
        ReinvestmentBudget careBudget = ReinvestmentBudget.FromCube(care, careDiagnosis.LaterPeriods, careDiagnosis.EarlierPeriods, Currency.Of("USD"), ReinvestmentPolicy.Default);
        ReinvestmentPlan carePlan = new ReinvestmentPlanner(engine.Catalog).Plan(careBudget, InitiativePresets.Services, ReinvestmentContext.FromDiagnosis(careDiagnosis, care, engine));
        Heading(o, $"7. Services unit: {DemoCompany.ServicesName} (services preset), latest fiscal month");
        o.Write(ScorecardCommand.ToTable(careCard, context.ColourEnabled));
        o.Write(CareSummary(careDiagnosis, carePlan));

        // The HTML report.
        ReportContent content;
        using (ProgressReporter.Step(context, "writing the report"))
        {
            content = ReportAnalysis.Run(
                demo.RetailMonths, retailCard, BalanceOptions.Retail, StrategicOrientation.Balanced,
                $"SalesOps demo: {DemoCompany.RetailerName}", "the generated demo company (salesops demo)") with
            {
                Sections =
                [
                    new ReportSection("inventory-policy", "Inventory policy", Pre(PolicySummary(policy))),
                    new ReportSection("reinvestment", "Reinvestment plan", Pre(ReinvestmentStory(retailBudget, retailPlan))),
                    new ReportSection("services", $"Services unit: {DemoCompany.ServicesName}", HtmlReport.ScorecardTable(careCard) + Pre(CareSummary(careDiagnosis, carePlan))),
                ],
            };
        }

        string path = ReportCommand.Write(new FileInfo(Path.Combine(folder.FullName, ReportCommand.DefaultFileName)), HtmlReport.Render(content));
        o.WriteLine();
        o.WriteLine($"HTML report with charts written to {path}");
    }

    private static string Intro(DemoCompany demo)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"SalesOps demo: {DemoCompany.RetailerName}, a retailer with {DemoRetailer.SkuCount} SKUs in {DemoRetailer.StoreCount} stores, ")
            .Append(CultureInfo.InvariantCulture, $"FY{DemoCompany.FirstYear} and FY{DemoCompany.SecondYear} on the NRF 4-5-4 calendar ({demo.Start:uuuu-MM-dd} to {demo.End:uuuu-MM-dd}),\n")
            .Append(CultureInfo.InvariantCulture, $"and {DemoCompany.ServicesName}, an elder-care services unit. Generated in code from seed {DemoCompany.DefaultSeed}: ")
            .Append(CultureInfo.InvariantCulture, $"{demo.RetailRows:#,##0} retail and {demo.ServiceRows:#,##0} services rows (one per item, store or site and day).\n\n")
            .Append(CultureInfo.InvariantCulture, $"The story: FY{DemoCompany.FirstYear} is a steady year. In FY{DemoCompany.SecondYear} the company pushes for growth with price cuts and\n")
            .Append("promotions worth about 12 % of revenue. Sales forecasts run hot, replenishment cannot follow, and the stores end up\n")
            .Append("with empty shelves and surplus stock at the same time. Revenue grows; margin, service and staff pay for it.\n");
        return text.ToString();
    }

    private static void Heading(TextWriter o, string title)
    {
        o.WriteLine();
        o.WriteLine(title);
        o.WriteLine(new string('=', title.Length));
    }

    private static StageHealthInput[] HealthInputs(ScorecardEvaluation card) =>
        [.. card.Indicators.Where(i => i.Score is not null).DistinctBy(i => i.MetricId).Select(i => new StageHealthInput(i.MetricId, i.Score!.Value, i.Weight))];

    private static string StageHealthTable(ValueChainAnalysis chain)
    {
        var text = new StringBuilder("\nStage health (weighted scorecard scores of the stage's KPIs, 0 to 1)\n");
        int width = chain.Health.Max(h => h.StageId.Length);
        foreach (StageHealth health in chain.Health)
        {
            string score = health.Score.Value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "n/a";
            string from = health.Inputs.IsEmpty ? "no scored KPI" : string.Join(", ", health.Inputs.Select(i => i.MetricId));
            text.Append(health.StageId.PadRight(width)).Append("  ").Append(score.PadLeft(4)).Append("  ").Append(from).Append('\n');
        }

        return text.ToString();
    }

    internal static string PolicySummary(InventoryPolicyReport policy)
    {
        var text = new StringBuilder();
        ImmutableArray<ItemPolicy> items = policy.Items;
        text.Append(CultureInfo.InvariantCulture, $"{items.Length} items (SKU × store). ABC by revenue (rows) against XYZ by demand variability (columns):\n");
        text.Append(TextTable.Render(
            ["", .. XyzClasses],
            [.. AbcClasses.Select(a => (string[])[a, .. XyzClasses.Select(x => items.Count(i => (i.Abc?.ToString() ?? "n/a") == a && (i.Xyz?.ToString() ?? "n/a") == x).ToString(CultureInfo.InvariantCulture))])]));
        text.Append("\nStock status against the policy:\n");
        text.Append(TextTable.Render(
            ["status", "items"],
            [.. items.GroupBy(i => InventoryPolicyCommand.StatusName(i.StockStatus)).OrderByDescending(g => g.Count()).Select(g => new[] { g.Key, g.Count().ToString(CultureInfo.InvariantCulture) })]));
        ItemPolicy[] short_ = [.. items
            .Where(i => i.ReorderPoint is > 0m && i.CurrentStock is not null && i.CurrentStock < i.ReorderPoint)
            .OrderBy(i => i.CurrentStock!.Value / i.ReorderPoint!.Value)
            .ThenBy(i => i.ItemId, StringComparer.Ordinal)
            .Take(8)];
        text.Append(CultureInfo.InvariantCulture, $"\nThe {short_.Length} items furthest below their reorder point (stock as a share of it):\n");
        text.Append(TextTable.Render(
            ["item", "abc/xyz", "D/day", "safety stock", "reorder point", "stock", "status"],
            [.. short_.Select(i => new[]
            {
                i.ItemId,
                $"{i.Abc?.ToString() ?? "-"}{i.Xyz?.ToString() ?? "-"}",
                Fixed(i.AverageDailyDemand),
                Fixed(i.SafetyStock),
                Fixed(i.ReorderPoint),
                Fixed(i.CurrentStock),
                InventoryPolicyCommand.StatusName(i.StockStatus),
            })]));
        int below = items.Count(i => i.StockStatus is StockStatus.BelowSafetyStock or StockStatus.ReorderDue);
        int overstocked = items.Count(i => i.CurrentStock is { } stock && i.AverageDailyDemand is > 0m and { } demand && stock / demand > OverstockDays);
        text.Append(CultureInfo.InvariantCulture, $"{below} items are at or below their reorder point while {overstocked} hold more than {OverstockDays} days of demand: stockouts and overstock side by side.\n");
        return text.ToString();
    }

    private static ReinvestmentPlan RetailPlan(FactCube months, BalanceDiagnosis diagnosis, MetricEngine engine, out ReinvestmentBudget budget)
    {
        ReinvestmentBudget earned = ReinvestmentBudget.FromCube(months, diagnosis.LaterPeriods, diagnosis.EarlierPeriods, Currency.Of("USD"), ReinvestmentPolicy.Default);
        budget = earned;
        ReinvestmentContext context = ReinvestmentContext.FromDiagnosis(diagnosis, months, engine);
        if (earned.Total.Amount > 0m)
        {
            return new ReinvestmentPlanner(engine.Catalog).Plan(earned, InitiativePresets.Retail, context);
        }

        // The growth earned nothing to reinvest: show what a fixed operations budget should fix first.
        ReinvestmentBudget floor = ReinvestmentBudget.FromCube(
            months, diagnosis.LaterPeriods, diagnosis.EarlierPeriods, Currency.Of("USD"), ReinvestmentPolicy.Default with { Minimum = RetailFloor });
        return new ReinvestmentPlanner(engine.Catalog).Plan(floor, InitiativePresets.Retail, context);
    }

    internal static string ReinvestmentStory(ReinvestmentBudget earned, ReinvestmentPlan plan)
    {
        var text = new StringBuilder();
        if (earned.Total.Amount <= 0m)
        {
            text.Append(CultureInfo.InvariantCulture, $"The push grew revenue but not gross profit: {earned.CurrentPeriods} earned {new Money(-earned.IncrementalGrossProfit.Amount, earned.Currency)} less gross profit than {earned.ComparisonPeriods}\n")
                .Append("on the same number of days, so the growth funds nothing: the reinvestment budget from growth is 0.\n")
                .Append("That is the sales-driven trap in one number.\n")
                .Append(CultureInfo.InvariantCulture, $"Below, the planner spends a fixed operations budget of {new Money(RetailFloor, earned.Currency)} (ReinvestmentPolicy.Minimum) on the fixes the diagnosis ranks first.\n\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"The growth earned {earned.IncrementalGrossProfit} more gross profit: it funds a budget of {earned.Total}.\n\n");
        }

        text.Append(ReinvestCommand.ToTable(plan));
        return text.ToString();
    }

    private static string CareSummary(BalanceDiagnosis diagnosis, ReinvestmentPlan plan)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"\nBalance: S {Number(diagnosis.SalesMomentum)}, O {Number(diagnosis.OperationalHealth)}, index {Number(diagnosis.BalanceIndex)}, ")
            .Append(CultureInfo.InvariantCulture, $"measured {(diagnosis.Measured is { } m ? DiagnoseCommand.Snake(m) : "n/a")}; findings: ")
            .Append(diagnosis.Findings.Length == 0 ? "none" : string.Join(", ", diagnosis.Findings.Select(f => f.Id)))
            .Append(".\nThe care unit grows on the back of reliable service, so its growth earns money to reinvest:\n\n");
        text.Append(ReinvestCommand.ToTable(plan));
        return text.ToString();
    }

    private static string Pre(string text) => "<pre>" + Html.Escape(text) + "</pre>";

    private static string Fixed(decimal? value) => value?.ToString("#,##0.0", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Number(decimal? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "n/a";
}
