using System.Collections.Immutable;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Reinvestment;

/// <summary>
/// Typical operations initiatives with documented assumptions — starting points to adjust to your business, not
/// benchmarks. Costs are in major units of the data's currency and sized for a mid-size chain (tens of stores) or a
/// mid-size care provider.
/// </summary>
public static class InitiativePresets
{
    /// <summary>Retail: store layout refresh, channel expansion, staff training, replenishment system, S&amp;OP process.</summary>
    public static ImmutableArray<ReinvestmentInitiative> Retail { get; } =
    [
        new("store_layout_refresh", "Store layout refresh", "operations", 60_000m,
            [KpiEffect.Relative("revenue", 0.03m), KpiEffect.Absolute("customer_satisfaction", 0.1m, MeasureUnit.Score), KpiEffect.Relative("sell_through_rate", 0.02m)],
            MonthsToEffect: 3, Confidence: 0.6m)
        {
            Assumptions = "Re-planned aisles and displays in the main stores: about +3 % sales from better navigation and visibility, slightly faster sell-through; effect after a quarter.",
        },
        new("channel_expansion", "Click-and-collect channel", "marketing_sales", 120_000m,
            [KpiEffect.Relative("revenue", 0.06m), KpiEffect.Absolute("fill_rate", -0.01m, MeasureUnit.Ratio)],
            MonthsToEffect: 6, Confidence: 0.5m)
        {
            Assumptions = "An online order, in-store pick-up channel: about +6 % sales after half a year, with some strain on fulfilment until routines settle.",
        },
        new("staff_training", "Store staff training", "human_resources", 25_000m,
            [
                KpiEffect.Absolute("customer_satisfaction", 0.15m, MeasureUnit.Score),
                KpiEffect.Absolute("employee_turnover", -0.01m, MeasureUnit.Ratio),
                KpiEffect.Absolute("training_hours_per_employee", 8m, MeasureUnit.Hours),
                KpiEffect.Absolute("stockout_rate", -0.005m, MeasureUnit.Ratio),
            ],
            MonthsToEffect: 2, Confidence: 0.7m)
        {
            Assumptions = "Eight hours a head on service, shelf replenishment and ordering: better service, fewer leavers, fewer empty shelves from missed orders.",
        },
        new("replenishment_system", "Demand-driven replenishment system", "inbound_logistics", 90_000m,
            [
                KpiEffect.Absolute("stockout_rate", -0.03m, MeasureUnit.Ratio),
                KpiEffect.Relative("days_of_supply", -0.15m),
                KpiEffect.Absolute("fill_rate", 0.03m, MeasureUnit.Ratio),
                KpiEffect.Absolute("gross_margin_rate", 0.005m, MeasureUnit.Ratio),
            ],
            MonthsToEffect: 4, Confidence: 0.7m)
        {
            Assumptions = "Reorder points and order quantities from sales history per item and store (the inventory-policy numbers): fewer stockouts and less overstock together, fewer markdowns.",
        },
        new("sop_process", "Monthly S&OP process", "firm_infrastructure", 30_000m,
            [
                KpiEffect.Relative("wape", -0.20m),
                KpiEffect.Absolute("stockout_rate", -0.01m, MeasureUnit.Ratio),
                KpiEffect.Relative("days_of_supply", -0.10m),
                KpiEffect.Relative("promo_intensity", -0.20m),
            ],
            MonthsToEffect: 3, Confidence: 0.65m)
        {
            Assumptions = "A monthly cross-functional meeting agreeing one demand and supply plan: forecast error down a fifth, promotions planned with supply, less stock.",
        },
    ];

    /// <summary>Services (e.g. elder care): staff training, scheduling, facility upgrade.</summary>
    public static ImmutableArray<ReinvestmentInitiative> Services { get; } =
    [
        new("staff_training", "Care staff training", "human_resources", 20_000m,
            [
                KpiEffect.Absolute("customer_satisfaction", 0.2m, MeasureUnit.Score),
                KpiEffect.Absolute("employee_turnover", -0.015m, MeasureUnit.Ratio),
                KpiEffect.Absolute("training_hours_per_employee", 12m, MeasureUnit.Hours),
            ],
            MonthsToEffect: 2, Confidence: 0.7m)
        {
            Assumptions = "Twelve hours a head of care and communication training: happier clients and families, fewer leavers.",
        },
        new("scheduling", "Visit scheduling and routing", "operations", 35_000m,
            [
                KpiEffect.Absolute("service_level_on_time", 0.05m, MeasureUnit.Ratio),
                KpiEffect.Absolute("capacity_utilisation", 0.04m, MeasureUnit.Ratio),
                KpiEffect.Absolute("operating_cost_ratio", -0.01m, MeasureUnit.Ratio),
            ],
            MonthsToEffect: 3, Confidence: 0.65m)
        {
            Assumptions = "Scheduling software and routing: more visits on time, less idle capacity and travel cost.",
        },
        new("facility_upgrade", "Facility upgrade", "operations", 150_000m,
            [
                KpiEffect.Absolute("customer_satisfaction", 0.3m, MeasureUnit.Score),
                KpiEffect.Absolute("capacity_utilisation", 0.05m, MeasureUnit.Ratio),
                KpiEffect.Relative("revenue", 0.04m),
            ],
            MonthsToEffect: 9, Confidence: 0.5m)
        {
            Assumptions = "Refurbished rooms and common areas: higher satisfaction and occupancy, room for a modest price step.",
        },
    ];
}
