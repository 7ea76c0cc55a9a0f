using System.Collections.Immutable;
using SalesOps.Sdk.Measures;
using static SalesOps.Sdk.Metrics.MetricOperand;
using System.Runtime.CompilerServices;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// The built-in KPI catalog: the canonical KPI pack (DESIGN §5) and the customer, people and services KPIs. Each
/// documents its formula, unit, direction, owner, perspective, value-chain stage and source; <c>docs/kpis.md</c> is
/// generated from it.
/// </summary>
public static class StandardMetrics
{
    private const string Financial = "financial";
    private const string CustomerPerspective = "customer";
    private const string InternalProcess = "internal_process";
    private const string LearningGrowth = "learning_growth";
    private const string Apics = "APICS/ASCM Dictionary";
    private const string RetailMath = "NRF retail accounting practice";

    /// <summary>The ids of the canonical KPI pack, in the order the <c>kpis</c> command prints them.</summary>
    public static ImmutableArray<string> KpiPack { get; } =
    [
        "revenue", "units_sold", "cogs", "gross_margin", "gross_margin_rate", "average_inventory_value",
        "ending_inventory_units", "inventory_turnover", "days_of_supply", "stockout_rate", "wape", "forecast_bias",
        "gmroi", "sell_through_rate", "fill_rate", "promo_intensity", "operating_cost_ratio", "revenue_growth",
    ];

    /// <summary>Every built-in metric.</summary>
    public static ImmutableArray<IMetric> All { get; } = Create();

    private static ImmutableArray<IMetric> Create()
    {
        return
        [
            // ---- The canonical KPI pack (DESIGN §5) ----
            Metric.Simple(
                Def("revenue", "Revenue", MeasureUnit.Currency, MetricDirection.HigherIsBetter, BusinessFunction.Sales, "Σ revenue", Financial, "marketing_sales", "Net sales revenue of the period.", RetailMath),
                "revenue"),
            Metric.Simple(
                Def("units_sold", "Units sold", MeasureUnit.Count, MetricDirection.HigherIsBetter, BusinessFunction.Sales, "Σ units_sold", CustomerPerspective, "marketing_sales", "Units sold in the period.", RetailMath),
                "units_sold"),
            Metric.Simple(
                Def("cogs", "Cost of goods sold", MeasureUnit.Currency, MetricDirection.LowerIsBetter, BusinessFunction.Finance, "Σ cogs", Financial, "operations", "Cost of the goods sold in the period.", RetailMath),
                "cogs"),
            Difference(
                Def("gross_margin", "Gross margin", MeasureUnit.Currency, MetricDirection.HigherIsBetter, BusinessFunction.Finance, "revenue − cogs", Financial, "marketing_sales", "What is left of revenue after the cost of the goods.", RetailMath)
                    with { Dependencies = ["revenue", "cogs"] },
                [Metric("revenue"), Metric("cogs")]),
            Metric.Ratio(
                Def("gross_margin_rate", "Gross margin rate", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Finance, "gross_margin / revenue", Financial, "marketing_sales", "Share of revenue kept as gross margin.", RetailMath),
                Metric("gross_margin"), Metric("revenue")),
            Metric.Simple(
                Def("average_inventory_value", "Average inventory value", MeasureUnit.Currency, MetricDirection.TargetIsBest, BusinessFunction.Operations, "mean over dates of (Σ on_hand_value on that date)", InternalProcess, "inbound_logistics", "Capital tied up in stock, at cost, averaged over the dates with data.", RetailMath),
                "on_hand_value", TimeAggregation.Average),
            Metric.Simple(
                Def("ending_inventory_units", "Ending inventory units", MeasureUnit.Count, MetricDirection.TargetIsBest, BusinessFunction.Operations, "Σ on_hand_units on the last date of the period that has rows", InternalProcess, "inbound_logistics", "Units in stock at the end of the period.", RetailMath),
                "on_hand_units", TimeAggregation.Last),
            Metric.Ratio(
                Def("inventory_turnover", "Inventory turnover", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Operations, "cogs / average_inventory_value (not annualised)", InternalProcess, "operations", "How many times the average stock was sold through in the period.", Apics),
                Metric("cogs"), Metric("average_inventory_value")),
            Formula(
                Def("days_of_supply", "Days of supply", MeasureUnit.Days, MetricDirection.TargetIsBest, BusinessFunction.Operations, "average_inventory_value / (cogs / number of dates)", InternalProcess, "inbound_logistics", "Days the average stock lasts at the period's daily cost of sales.", Apics)
                    with { Dependencies = ["average_inventory_value", "cogs"] },
                [Metric("average_inventory_value"), Metric("cogs")],
                DaysOfSupply,
                readsDateCount: true),
            Metric.Ratio(
                Def("stockout_rate", "Stockout rate", MeasureUnit.Ratio, MetricDirection.LowerIsBetter, BusinessFunction.Operations, "rows with stockout = 1 / rows", CustomerPerspective, "operations", "Share of item-location-days that were out of stock.", RetailMath),
                Measure("stockout"), Measure("row_count")),
            Metric.Ratio(
                Def("wape", "Weighted absolute percentage error", MeasureUnit.Ratio, MetricDirection.LowerIsBetter, BusinessFunction.Sales, "Σ |forecast_units − units_sold| / Σ units_sold, at row grain", InternalProcess, "marketing_sales", "Forecast error weighted by volume; the S&OP accuracy measure.", Apics),
                Measure("forecast_abs_error"), Measure("units_sold")),
            Formula(
                Def("forecast_bias", "Forecast bias", MeasureUnit.Ratio, MetricDirection.TargetIsBest, BusinessFunction.Sales, "(Σ forecast_units − Σ units_sold) / Σ units_sold (positive = over-forecast)", InternalProcess, "marketing_sales", "Whether forecasts run persistently high or low.", Apics),
                [Measure("forecast_units"), Measure("units_sold")],
                ForecastBias),
            Metric.Ratio(
                Def("gmroi", "Gross margin return on inventory investment", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Finance, "gross_margin / average_inventory_value", Financial, "operations", "Gross margin earned per unit of money held in stock.", RetailMath),
                Metric("gross_margin"), Metric("average_inventory_value")),
            Formula(
                Def("sell_through_rate", "Sell-through rate", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Sales, "units_sold / (units_sold + ending_inventory_units)", CustomerPerspective, "marketing_sales", "Share of the available units that sold.", RetailMath)
                    with { Dependencies = ["units_sold", "ending_inventory_units"] },
                [Metric("units_sold"), Metric("ending_inventory_units")],
                SellThrough),
            Metric.Ratio(
                Def("fill_rate", "Fill rate", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Operations, "Σ shipped_units / Σ ordered_units", CustomerPerspective, "outbound_logistics", "Share of ordered units shipped.", Apics),
                Measure("shipped_units"), Measure("ordered_units")),
            Metric.Ratio(
                Def("promo_intensity", "Promotion intensity", MeasureUnit.Ratio, MetricDirection.TargetIsBest, BusinessFunction.Sales, "promo_spend / revenue", Financial, "marketing_sales", "Promotion and markdown spend per unit of revenue.", RetailMath),
                Measure("promo_spend"), Metric("revenue")),
            Metric.Ratio(
                Def("operating_cost_ratio", "Operating cost ratio", MeasureUnit.Ratio, MetricDirection.LowerIsBetter, BusinessFunction.Operations, "operating_cost / revenue", Financial, "firm_infrastructure", "Operating expenses per unit of revenue.", RetailMath),
                Measure("operating_cost"), Metric("revenue")),
            Metric.Growth(
                Def("revenue_growth", "Revenue growth", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Sales, "revenue / revenue of the previous period in the output − 1", Financial, "marketing_sales", "Period-over-period revenue growth; not available for the first period.", RetailMath),
                "revenue", GrowthBasis.PreviousPeriod),

            Difference(
                Def("promo_adjusted_margin", "Margin after promotion", MeasureUnit.Currency, MetricDirection.HigherIsBetter, BusinessFunction.Sales, "gross_margin − promo_spend", Financial, "marketing_sales", "Gross margin left after paying for promotions: growth that pays for itself.", RetailMath)
                    with { Dependencies = ["gross_margin"], Measures = ["promo_spend"] },
                [Metric("gross_margin"), Measure("promo_spend")]),

            // ---- More inventory and forecasting ----
            Formula(
                Def("inventory_turnover_annualised", "Inventory turnover (annualised)", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Operations, "inventory_turnover × 365 / number of dates", InternalProcess, "operations", "Turnover scaled to a year from the dates with data.", Apics)
                    with { Dependencies = ["inventory_turnover"] },
                [Metric("inventory_turnover")],
                Annualise,
                readsDateCount: true),
            Metric.Ratio(
                Def("mape", "Mean absolute percentage error", MeasureUnit.Ratio, MetricDirection.LowerIsBetter, BusinessFunction.Sales, "Σ (|forecast_units − units_sold| / units_sold) / rows, over rows with units_sold > 0", InternalProcess, "marketing_sales", "Average forecast error per row; rows without sales are excluded.", Apics),
                Measure("ape_sum"), Measure("ape_rows")),
            Metric.Derived(
                Def("tracking_signal", "Tracking signal", MeasureUnit.Score, MetricDirection.TargetIsBest, BusinessFunction.Sales, "Σ (forecast − actual) / mean |forecast − actual| over the last 6 periods (signal beyond ±4)", InternalProcess, "marketing_sales", "Persistent forecast bias; beyond ±4 the forecast is out of control. Positive = over-forecast.", Apics)
                    with { Dependencies = ["forecast_error"] },
                TrackingSignal),
            Difference(
                Def("forecast_error", "Forecast error", MeasureUnit.Count, MetricDirection.TargetIsBest, BusinessFunction.Sales, "Σ forecast_units − Σ units_sold", InternalProcess, "marketing_sales", "Net forecast error of the period in units (positive = over-forecast).", Apics),
                [Measure("forecast_units"), Measure("units_sold")]),
            Metric.Growth(
                Def("revenue_growth_yoy", "Revenue growth year over year", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Sales, "revenue / revenue of the same period last year − 1", Financial, "marketing_sales", "Growth against the same period last year (a retail week 53 has no counterpart).", RetailMath),
                "revenue", GrowthBasis.SamePeriodLastYear),
            Metric.Ratio(
                Def("market_share", "Market share", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Sales, "revenue / market_size", CustomerPerspective, "marketing_sales", "Share of the addressed market's revenue.", "Kotler, Marketing Management"),
                Metric("revenue"), Measure("market_size")),
            Metric.Ratio(
                Def("otif", "On time in full", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Operations, "orders_otif / orders", CustomerPerspective, "outbound_logistics", "Share of orders delivered on time and in full.", Apics),
                Measure("orders_otif"), Measure("orders")),

            // ---- Customer ----
            Metric.Ratio(
                Def("customer_satisfaction", "Customer satisfaction", MeasureUnit.Score, MetricDirection.HigherIsBetter, BusinessFunction.Customer, "satisfaction_points / survey_responses (1–5 scale)", CustomerPerspective, "service", "Mean satisfaction score of the survey responses.", "ACSI methodology"),
                Measure("satisfaction_points"), Measure("survey_responses")),
            Formula(
                Def("net_promoter_score", "Net promoter score", MeasureUnit.Score, MetricDirection.HigherIsBetter, BusinessFunction.Customer, "100 × (promoters − detractors) / survey_responses", CustomerPerspective, "service", "Promoters minus detractors as a share of respondents, −100 to 100.", "Reichheld (2003), The One Number You Need to Grow"),
                [Measure("promoters"), Measure("detractors"), Measure("survey_responses")],
                NetPromoterScore),
            Metric.Derived(
                Def("customer_retention", "Customer retention rate", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Customer, "(customers_end − new_customers) / customers_start", CustomerPerspective, "service", "Share of the customers at the start still active at the end.", "Reichheld, The Loyalty Effect"),
                CustomerRetention),
            Metric.Ratio(
                Def("complaint_rate", "Complaint rate", MeasureUnit.Ratio, MetricDirection.LowerIsBetter, BusinessFunction.Customer, "complaints / orders", CustomerPerspective, "service", "Complaints per order.", "ISO 10002"),
                Measure("complaints"), Measure("orders")),

            // ---- People ----
            Metric.Ratio(
                Def("training_hours_per_employee", "Training hours per employee", MeasureUnit.Hours, MetricDirection.HigherIsBetter, BusinessFunction.People, "training_hours / average headcount", LearningGrowth, "human_resources", "Training delivered per employee.", "ATD State of the Industry"),
                Measure("training_hours"), Measure("headcount")),
            Metric.Ratio(
                Def("employee_turnover", "Employee turnover", MeasureUnit.Ratio, MetricDirection.LowerIsBetter, BusinessFunction.People, "leavers / average headcount", LearningGrowth, "human_resources", "Share of the workforce that left in the period.", "SHRM"),
                Measure("leavers"), Measure("headcount")),
            Metric.Ratio(
                Def("revenue_per_employee", "Revenue per employee", MeasureUnit.Currency, MetricDirection.HigherIsBetter, BusinessFunction.Finance, "revenue / average headcount", LearningGrowth, "human_resources", "Revenue per employee (FTE).", RetailMath),
                Metric("revenue"), Measure("headcount")),

            // ---- Services ----
            Metric.Ratio(
                Def("capacity_utilisation", "Capacity utilisation", MeasureUnit.Ratio, MetricDirection.TargetIsBest, BusinessFunction.Operations, "capacity_used / capacity_available", InternalProcess, "operations", "Share of service capacity used (occupancy).", "Fitzsimmons, Service Management"),
                Measure("capacity_used"), Measure("capacity_available")),
            Metric.Ratio(
                Def("service_level_on_time", "Service level (on time)", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Operations, "services_on_time / services_delivered", CustomerPerspective, "service", "Share of service visits delivered on time.", "Fitzsimmons, Service Management"),
                Measure("services_on_time"), Measure("services_delivered")),
            Metric.Ratio(
                Def("staff_to_client_ratio", "Staff-to-client ratio", MeasureUnit.Ratio, MetricDirection.TargetIsBest, BusinessFunction.Operations, "average headcount / average clients", InternalProcess, "human_resources", "Staff per client under care.", "Care-sector staffing practice"),
                Measure("headcount"), Measure("clients")),
            Metric.Ratio(
                Def("revenue_per_client", "Revenue per client", MeasureUnit.Currency, MetricDirection.HigherIsBetter, BusinessFunction.Sales, "revenue / average clients", Financial, "marketing_sales", "Revenue per client under care or contract.", "Fitzsimmons, Service Management"),
                Metric("revenue"), Measure("clients")),
        ];
    }

    private static MetricDefinition Def(
        string id,
        string name,
        MeasureUnit unit,
        MetricDirection direction,
        BusinessFunction owner,
        string formula,
        string perspective,
        string stage,
        string description,
        string reference) =>
        new(id, name, unit, direction, owner, formula)
        {
            Perspective = perspective,
            Stage = stage,
            Description = description,
            Reference = reference,
        };

    private static FormulaMetric Formula(MetricDefinition definition, ImmutableArray<MetricOperand> operands, FormulaMetric.Formula formula, bool readsDateCount = false) =>
        new(definition, operands, readsDateCount, formula);

    /// <summary>first − second: a formula the engine computes over whole columns.</summary>
    private static FormulaMetric Difference(MetricDefinition definition, ImmutableArray<MetricOperand> operands) =>
        new(definition, operands, readsDateCount: false, Subtract, FormulaMetric.FormulaShape.Difference);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every cell: optimised from the first call
    private static decimal? Subtract(ReadOnlySpan<decimal> values, int dateCount, out string? reason)
    {
        reason = null;
        return values[0] - values[1];
    }

    // average_inventory_value × dates / cogs
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every cell: optimised from the first call
    private static decimal? DaysOfSupply(ReadOnlySpan<decimal> values, int dateCount, out string? reason)
    {
        if (values[1] == 0m || dateCount == 0)
        {
            reason = "division by zero: cogs is 0";
            return null;
        }

        reason = null;
        return values[0] * dateCount / values[1];
    }

    // (forecast_units − units_sold) / units_sold
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every cell: optimised from the first call
    private static decimal? ForecastBias(ReadOnlySpan<decimal> values, int dateCount, out string? reason)
    {
        if (values[1] == 0m)
        {
            reason = "division by zero: units_sold is 0";
            return null;
        }

        reason = null;
        return (values[0] - values[1]) / values[1];
    }

    // units_sold / (units_sold + ending_inventory_units)
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every cell: optimised from the first call
    private static decimal? SellThrough(ReadOnlySpan<decimal> values, int dateCount, out string? reason)
    {
        decimal available = values[0] + values[1];
        if (available == 0m)
        {
            reason = "division by zero: units_sold + ending_inventory_units is 0";
            return null;
        }

        reason = null;
        return values[0] / available;
    }

    // value × 365 / dates
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every cell: optimised from the first call
    private static decimal? Annualise(ReadOnlySpan<decimal> values, int dateCount, out string? reason)
    {
        reason = null;
        return values[0] * 365m / dateCount;
    }

    // 100 × (promoters − detractors) / survey_responses
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every cell: optimised from the first call
    private static decimal? NetPromoterScore(ReadOnlySpan<decimal> values, int dateCount, out string? reason)
    {
        if (values[2] == 0m)
        {
            reason = "division by zero: survey_responses is 0";
            return null;
        }

        reason = null;
        return 100m * (values[0] - values[1]) / values[2];
    }

    private static MetricValue TrackingSignal(MetricContext context)
    {
        const int Window = 6;
        var errors = context.History("forecast_error", Window - 1).Append(context.Metric("forecast_error")).ToList();
        MetricInput[] inputs = [.. errors.Select(e => new MetricInput($"forecast_error[{e.Period.Label}]", e.Value))];
        if (errors.Any(e => !e.IsAvailable))
        {
            return MetricValue.NotAvailable($"forecast_error is not available: {errors.First(e => !e.IsAvailable).Reason}", inputs);
        }

        decimal sum = errors.Sum(e => e.Value!.Value);
        decimal mad = errors.Sum(e => Math.Abs(e.Value!.Value)) / errors.Count;
        return mad == 0m
            ? MetricValue.NotAvailable("division by zero: the mean absolute deviation is 0", inputs)
            : MetricValue.Of(sum / mad, inputs);
    }

    private static MetricValue CustomerRetention(MetricContext context)
    {
        decimal? start = context.Measure("customers_start");
        decimal? end = context.Measure("customers_end");
        decimal? acquired = context.Measure("new_customers");
        MetricInput[] inputs = [new("customers_end", end), new("new_customers", acquired), new("customers_start", start)];
        string? missing = start is null ? "customers_start" : end is null ? "customers_end" : acquired is null ? "new_customers" : null;
        if (missing is not null)
        {
            return MetricValue.NotAvailable($"missing measure '{missing}' (no such column in the data)", inputs);
        }

        return start == 0m
            ? MetricValue.NotAvailable("division by zero: customers_start is 0", inputs)
            : MetricValue.Of((end!.Value - acquired!.Value) / start!.Value, inputs);
    }
}
