using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Tests.Metrics;

/// <summary>Every standard metric against a tiny hand-computed data set, its zero-denominator and missing-column cases, and its documentation.</summary>
public class StandardMetricsTests
{
    private sealed record Case(string[] Columns, TestRow[] Rows, decimal Expected);

    private static readonly Dictionary<string, Case> ValueCases = new(StringComparer.Ordinal)
    {
        ["revenue"] = new(["revenue"], [new("2023-01-05", "a", 100.50m), new("2023-01-06", "b", 20.25m)], 120.75m),
        ["units_sold"] = new(["units_sold"], [new("2023-01-05", "a", 3m), new("2023-01-06", "b", 4m)], 7m),
        ["cogs"] = new(["cogs"], [new("2023-01-05", "a", 60.10m), new("2023-01-06", "b", 9.90m)], 70m),
        ["gross_margin"] = new(["revenue", "cogs"], [new("2023-01-05", "a", 100m, 60m), new("2023-01-06", "b", 50m, 30m)], 60m),
        ["gross_margin_rate"] = new(["revenue", "cogs"], [new("2023-01-05", "a", 100m, 60m), new("2023-01-06", "b", 50m, 30m)], 0.4m),

        // gross margin 60 − promotion spend 12.5.
        ["promo_adjusted_margin"] = new(["revenue", "cogs", "promo_spend"], [new("2023-01-05", "a", 100m, 60m, 10m), new("2023-01-06", "b", 50m, 30m, 2.5m)], 47.5m),

        // Per-date sums 150 and 90: their mean, not the mean of the three rows.
        ["average_inventory_value"] = new(["on_hand_value"], [new("2023-01-01", "a", 100m), new("2023-01-01", "b", 50m), new("2023-01-02", "a", 90m)], 120m),

        // Σ on the last date (7 + 3), not the first (15) or the average.
        ["ending_inventory_units"] = new(["on_hand_units"], [new("2023-01-01", "a", 10m), new("2023-01-01", "b", 5m), new("2023-01-31", "a", 7m), new("2023-01-31", "b", 3m)], 10m),

        // cogs 80 / average inventory 200.
        ["inventory_turnover"] = new(["cogs", "on_hand_value"], [new("2023-01-01", "a", 30m, 100m), new("2023-01-02", "a", 50m, 300m)], 0.4m),

        // average inventory 200 × 2 dates / cogs 80.
        ["days_of_supply"] = new(["cogs", "on_hand_value"], [new("2023-01-01", "a", 30m, 100m), new("2023-01-02", "a", 50m, 300m)], 5m),

        // 0.4 × 365 / 2 dates.
        ["inventory_turnover_annualised"] = new(["cogs", "on_hand_value"], [new("2023-01-01", "a", 30m, 100m), new("2023-01-02", "a", 50m, 300m)], 73m),

        ["stockout_rate"] = new(["stockout"], [new("2023-01-01", "a", 1m), new("2023-01-01", "b", 0m), new("2023-01-02", "a", 0m), new("2023-01-02", "b", 0m)], 0.25m),

        // Row grain: (|12 − 10| + |5 − 10|) / 20 = 0.35; the aggregate |17 − 20| / 20 would be 0.15.
        ["wape"] = new(["forecast_units", "units_sold"], [new("2023-01-01", "a", 12m, 10m), new("2023-01-01", "b", 5m, 10m)], 0.35m),

        // (17 − 20) / 20: negative = under-forecast.
        ["forecast_bias"] = new(["forecast_units", "units_sold"], [new("2023-01-01", "a", 12m, 10m), new("2023-01-01", "b", 5m, 10m)], -0.15m),

        ["forecast_error"] = new(["forecast_units", "units_sold"], [new("2023-01-01", "a", 12m, 10m), new("2023-01-01", "b", 5m, 10m)], -3m),

        // (0.2 + 0.5) / 2; the row with no sales is excluded.
        ["mape"] = new(["forecast_units", "units_sold"], [new("2023-01-01", "a", 12m, 10m), new("2023-01-01", "b", 5m, 10m), new("2023-01-01", "c", 3m, 0m)], 0.35m),

        // gross margin 80 / average inventory 40.
        ["gmroi"] = new(["revenue", "cogs", "on_hand_value"], [new("2023-01-01", "a", 100m, 60m, 50m), new("2023-01-02", "a", 100m, 60m, 30m)], 2m),

        // 20 sold / (20 + 30 on hand at the end).
        ["sell_through_rate"] = new(["units_sold", "on_hand_units"], [new("2023-01-01", "a", 5m, 20m), new("2023-01-02", "a", 15m, 30m)], 0.4m),

        ["fill_rate"] = new(["shipped_units", "ordered_units"], [new("2023-01-01", "a", 9m, 10m), new("2023-01-02", "b", 9m, 10m)], 0.9m),
        ["promo_intensity"] = new(["promo_spend", "revenue"], [new("2023-01-01", "a", 5m, 100m), new("2023-01-02", "b", 15m, 100m)], 0.1m),
        ["operating_cost_ratio"] = new(["operating_cost", "revenue"], [new("2023-01-01", "a", 30m, 100m), new("2023-01-02", "b", 20m, 100m)], 0.25m),

        // January 60 + 40, February 125.
        ["revenue_growth"] = new(["revenue"], [new("2023-01-10", "a", 60m), new("2023-01-11", "b", 40m), new("2023-02-10", "a", 125m)], 0.25m),

        // March 2023 200, March 2024 250.
        ["revenue_growth_yoy"] = new(["revenue"], [new("2023-03-10", "a", 200m), new("2024-03-10", "a", 250m)], 0.25m),

        // Forecast errors +10 (January) and +20 (February): Σ 30 / mean |e| 15.
        ["tracking_signal"] = new(["forecast_units", "units_sold"], [new("2023-01-10", "a", 110m, 100m), new("2023-02-10", "a", 120m, 100m)], 2m),

        ["market_share"] = new(["revenue", "market_size"], [new("2023-01-01", "a", 50m, 400m), new("2023-01-02", "a", 50m, 400m)], 0.125m),
        ["otif"] = new(["orders_otif", "orders"], [new("2023-01-01", "a", 8m, 10m), new("2023-01-02", "a", 9m, 10m)], 0.85m),
        ["customer_satisfaction"] = new(["satisfaction_points", "survey_responses"], [new("2023-01-01", "a", 40m, 10m), new("2023-01-02", "a", 45m, 10m)], 4.25m),

        // 100 × (10 − 5) / 20.
        ["net_promoter_score"] = new(["promoters", "detractors", "survey_responses"], [new("2023-01-01", "a", 6m, 2m, 10m), new("2023-01-02", "a", 4m, 3m, 10m)], 25m),

        // start = first date 100, end = last date 98, new 5 + 3: (98 − 8) / 100.
        ["customer_retention"] = new(["customers_start", "customers_end", "new_customers"], [new("2023-01-01", "a", 100m, 105m, 5m), new("2023-01-31", "a", 105m, 98m, 3m)], 0.9m),

        ["complaint_rate"] = new(["complaints", "orders"], [new("2023-01-01", "a", 2m, 50m), new("2023-01-02", "a", 3m, 50m)], 0.05m),

        // Headcount averages over dates: (10 + 20) / 2 = 15.
        ["training_hours_per_employee"] = new(["training_hours", "headcount"], [new("2023-01-01", "a", 40m, 10m), new("2023-01-02", "a", 20m, 20m)], 4m),
        ["employee_turnover"] = new(["leavers", "headcount"], [new("2023-01-01", "a", 1m, 10m), new("2023-01-02", "a", 2m, 20m)], 0.2m),
        ["revenue_per_employee"] = new(["revenue", "headcount"], [new("2023-01-01", "a", 1000m, 10m), new("2023-01-02", "a", 2000m, 20m)], 200m),

        ["capacity_utilisation"] = new(["capacity_used", "capacity_available"], [new("2023-01-01", "a", 30m, 50m), new("2023-01-02", "a", 45m, 50m)], 0.75m),
        ["service_level_on_time"] = new(["services_on_time", "services_delivered"], [new("2023-01-01", "a", 18m, 20m), new("2023-01-02", "a", 19m, 20m)], 0.925m),

        // average headcount 5 / average clients 25.
        ["staff_to_client_ratio"] = new(["headcount", "clients"], [new("2023-01-01", "a", 4m, 20m), new("2023-01-02", "a", 6m, 30m)], 0.2m),
        ["revenue_per_client"] = new(["revenue", "clients"], [new("2023-01-01", "a", 500m, 20m), new("2023-01-02", "a", 700m, 30m)], 48m),
    };

    private static readonly Dictionary<string, Case> ZeroDenominatorCases = new(StringComparer.Ordinal)
    {
        ["gross_margin_rate"] = new(["revenue", "cogs"], [new("2023-01-01", "a", 0m, 0m)], 0m),
        ["inventory_turnover"] = new(["cogs", "on_hand_value"], [new("2023-01-01", "a", 10m, 0m)], 0m),
        ["days_of_supply"] = new(["cogs", "on_hand_value"], [new("2023-01-01", "a", 0m, 100m)], 0m),
        ["inventory_turnover_annualised"] = new(["cogs", "on_hand_value"], [new("2023-01-01", "a", 10m, 0m)], 0m),
        ["wape"] = new(["forecast_units", "units_sold"], [new("2023-01-01", "a", 5m, 0m)], 0m),
        ["forecast_bias"] = new(["forecast_units", "units_sold"], [new("2023-01-01", "a", 5m, 0m)], 0m),
        ["mape"] = new(["forecast_units", "units_sold"], [new("2023-01-01", "a", 5m, 0m), new("2023-01-02", "b", 3m, 0m)], 0m),
        ["tracking_signal"] = new(["forecast_units", "units_sold"], [new("2023-01-01", "a", 5m, 5m)], 0m),
        ["gmroi"] = new(["revenue", "cogs", "on_hand_value"], [new("2023-01-01", "a", 100m, 60m, 0m)], 0m),
        ["sell_through_rate"] = new(["units_sold", "on_hand_units"], [new("2023-01-01", "a", 0m, 0m)], 0m),
        ["fill_rate"] = new(["shipped_units", "ordered_units"], [new("2023-01-01", "a", 0m, 0m)], 0m),
        ["promo_intensity"] = new(["promo_spend", "revenue"], [new("2023-01-01", "a", 5m, 0m)], 0m),
        ["operating_cost_ratio"] = new(["operating_cost", "revenue"], [new("2023-01-01", "a", 5m, 0m)], 0m),
        ["revenue_growth"] = new(["revenue"], [new("2023-01-10", "a", 0m), new("2023-02-10", "a", 100m)], 0m),
        ["revenue_growth_yoy"] = new(["revenue"], [new("2023-03-10", "a", 0m), new("2024-03-10", "a", 100m)], 0m),
        ["market_share"] = new(["revenue", "market_size"], [new("2023-01-01", "a", 50m, 0m)], 0m),
        ["otif"] = new(["orders_otif", "orders"], [new("2023-01-01", "a", 0m, 0m)], 0m),
        ["customer_satisfaction"] = new(["satisfaction_points", "survey_responses"], [new("2023-01-01", "a", 0m, 0m)], 0m),
        ["net_promoter_score"] = new(["promoters", "detractors", "survey_responses"], [new("2023-01-01", "a", 0m, 0m, 0m)], 0m),
        ["customer_retention"] = new(["customers_start", "customers_end", "new_customers"], [new("2023-01-01", "a", 0m, 5m, 5m)], 0m),
        ["complaint_rate"] = new(["complaints", "orders"], [new("2023-01-01", "a", 1m, 0m)], 0m),
        ["training_hours_per_employee"] = new(["training_hours", "headcount"], [new("2023-01-01", "a", 8m, 0m)], 0m),
        ["employee_turnover"] = new(["leavers", "headcount"], [new("2023-01-01", "a", 1m, 0m)], 0m),
        ["revenue_per_employee"] = new(["revenue", "headcount"], [new("2023-01-01", "a", 100m, 0m)], 0m),
        ["capacity_utilisation"] = new(["capacity_used", "capacity_available"], [new("2023-01-01", "a", 0m, 0m)], 0m),
        ["service_level_on_time"] = new(["services_on_time", "services_delivered"], [new("2023-01-01", "a", 0m, 0m)], 0m),
        ["staff_to_client_ratio"] = new(["headcount", "clients"], [new("2023-01-01", "a", 3m, 0m)], 0m),
        ["revenue_per_client"] = new(["revenue", "clients"], [new("2023-01-01", "a", 100m, 0m)], 0m),
    };

    /// <summary>Metrics without a denominator, or whose denominator (the row count) cannot be 0 for data with rows.</summary>
    private static readonly HashSet<string> NoZeroDenominator =
        ["revenue", "units_sold", "cogs", "gross_margin", "promo_adjusted_margin", "average_inventory_value", "ending_inventory_units", "forecast_error", "stockout_rate"];

    /// <summary>The measure each metric names first when the data has none of its columns.</summary>
    private static readonly Dictionary<string, string> FirstMissingMeasure = new(StringComparer.Ordinal)
    {
        ["revenue"] = "revenue",
        ["units_sold"] = "units_sold",
        ["cogs"] = "cogs",
        ["gross_margin"] = "revenue",
        ["gross_margin_rate"] = "revenue",
        ["promo_adjusted_margin"] = "revenue",
        ["average_inventory_value"] = "on_hand_value",
        ["ending_inventory_units"] = "on_hand_units",
        ["inventory_turnover"] = "cogs",
        ["days_of_supply"] = "on_hand_value",
        ["inventory_turnover_annualised"] = "cogs",
        ["stockout_rate"] = "stockout",
        ["wape"] = "forecast_abs_error",
        ["forecast_bias"] = "forecast_units",
        ["forecast_error"] = "forecast_units",
        ["mape"] = "ape_sum",
        ["tracking_signal"] = "forecast_units",
        ["gmroi"] = "revenue",
        ["sell_through_rate"] = "units_sold",
        ["fill_rate"] = "shipped_units",
        ["promo_intensity"] = "promo_spend",
        ["operating_cost_ratio"] = "operating_cost",
        ["revenue_growth"] = "revenue",
        ["revenue_growth_yoy"] = "revenue",
        ["market_share"] = "revenue",
        ["otif"] = "orders_otif",
        ["customer_satisfaction"] = "satisfaction_points",
        ["net_promoter_score"] = "promoters",
        ["customer_retention"] = "customers_start",
        ["complaint_rate"] = "complaints",
        ["training_hours_per_employee"] = "training_hours",
        ["employee_turnover"] = "leavers",
        ["revenue_per_employee"] = "revenue",
        ["capacity_utilisation"] = "capacity_used",
        ["service_level_on_time"] = "services_on_time",
        ["staff_to_client_ratio"] = "headcount",
        ["revenue_per_client"] = "revenue",
    };

    private static readonly HashSet<string> Perspectives = ["financial", "customer", "internal_process", "learning_growth"];

    public static TheoryData<string> AllIds => [.. StandardMetrics.All.Select(m => m.Definition.Id)];

    public static TheoryData<string> ZeroDenominatorIds => [.. ZeroDenominatorCases.Keys];

    [Fact]
    public void All_EveryMetric_HasHandComputedCases()
    {
        string[] ids = [.. StandardMetrics.All.Select(m => m.Definition.Id)];
        ValueCases.Keys.Should().BeEquivalentTo(ids);
        FirstMissingMeasure.Keys.Should().BeEquivalentTo(ids);
        ZeroDenominatorCases.Keys.Concat(NoZeroDenominator).Should().BeEquivalentTo(ids);
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Evaluate_HandComputedData_GivesExactValue(string metricId)
    {
        Case c = ValueCases[metricId];

        MetricResult result = MetricTestData.EvaluateTotal(MetricTestData.Cube(c.Columns, c.Rows), metricId)[^1];

        result.Value.Should().Be(c.Expected, "{0}: {1}", metricId, result.Explain());
        result.Reason.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(ZeroDenominatorIds))]
    public void Evaluate_ZeroDenominator_NotAvailableWithDivisionByZero(string metricId)
    {
        Case c = ZeroDenominatorCases[metricId];

        MetricResult result = MetricTestData.EvaluateTotal(MetricTestData.Cube(c.Columns, c.Rows), metricId)[^1];

        result.Value.Should().BeNull();
        result.IsAvailable.Should().BeFalse();
        result.Reason.Should().Contain("division by zero");
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Evaluate_MissingInputColumn_NotAvailableNamingTheMeasure(string metricId)
    {
        // Only an unrelated column; three months so growth metrics have a previous period and a last year.
        FactCube cube = MetricTestData.Cube(
            ["widgets"],
            new TestRow("2023-01-10", "a", 1m),
            new TestRow("2023-12-10", "a", 2m),
            new TestRow("2024-01-10", "a", 3m));

        IReadOnlyList<MetricResult> series = MetricTestData.EvaluateTotal(cube, metricId);

        series.Should().HaveCount(3);
        MetricResult result = series[^1];
        result.Value.Should().BeNull();
        result.Reason.Should().Contain($"missing measure '{FirstMissingMeasure[metricId]}'");
    }

    [Fact]
    public void RevenueGrowth_FirstPeriod_NotAvailableWithReason()
    {
        Case c = ValueCases["revenue_growth"];

        IReadOnlyList<MetricResult> series = MetricTestData.EvaluateTotal(MetricTestData.Cube(c.Columns, c.Rows), "revenue_growth");

        series.Should().HaveCount(2);
        series[0].Period.Label.Should().Be("2023-01");
        series[0].Value.Should().BeNull();
        series[0].Reason.Should().Contain("no previous period");
        series[1].Value.Should().Be(0.25m);
    }

    [Fact]
    public void RevenueGrowthYoy_FirstYear_NotAvailableWithReason()
    {
        Case c = ValueCases["revenue_growth_yoy"];

        IReadOnlyList<MetricResult> series = MetricTestData.EvaluateTotal(MetricTestData.Cube(c.Columns, c.Rows), "revenue_growth_yoy");

        series.Should().HaveCount(2);
        series[0].Value.Should().BeNull();
        series[0].Reason.Should().NotBeNullOrWhiteSpace();
        series[1].Value.Should().Be(0.25m);
    }

    [Fact]
    public void ForecastBias_OverForecast_IsPositive()
    {
        FactCube cube = MetricTestData.Cube(["forecast_units", "units_sold"], new TestRow("2023-01-01", "a", 15m, 10m));

        MetricTestData.EvaluateTotal(cube, "forecast_bias")[0].Value.Should().Be(0.5m);
    }

    [Fact]
    public void TrackingSignal_OpposingErrors_UsesSumOverMeanAbsoluteDeviation()
    {
        // Errors +10 and −30: Σ −20 / mean |e| 20.
        FactCube cube = MetricTestData.Cube(
            ["forecast_units", "units_sold"],
            new TestRow("2023-01-10", "a", 110m, 100m),
            new TestRow("2023-02-10", "a", 70m, 100m));

        IReadOnlyList<MetricResult> series = MetricTestData.EvaluateTotal(cube, "tracking_signal");

        series[0].Value.Should().Be(1m);
        series[1].Value.Should().Be(-1m);
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Definition_StandardMetric_IsFullyDocumented(string metricId)
    {
        MetricDefinition definition = MetricCatalog.Standard[metricId].Definition;

        definition.Formula.Should().NotBeNullOrWhiteSpace();
        definition.Reference.Should().NotBeNullOrWhiteSpace();
        definition.Description.Should().NotBeNullOrWhiteSpace();
        definition.DisplayName.Should().NotBeNullOrWhiteSpace();
        definition.Perspective.Should().BeOneOf(Perspectives);
        definition.Stage.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void All_Ids_AreUnique()
    {
        StandardMetrics.All.Select(m => m.Definition.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void KpiPack_EveryId_IsInTheCatalog()
    {
        StandardMetrics.KpiPack.Should().OnlyHaveUniqueItems();
        StandardMetrics.KpiPack.Should().OnlyContain(id => MetricCatalog.Standard.Contains(id));
    }
}
