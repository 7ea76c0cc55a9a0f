using System.Diagnostics.CodeAnalysis;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Scorecards;

/// <summary>
/// Ready-made scorecards: <c>retail</c> (an inventory-carrying retailer) and <c>services</c> (a capacity-based service
/// provider such as elder care), both monthly on the Gregorian calendar.
/// </summary>
/// <remarks>
/// Every baseline and target is listed in <c>docs/scorecards.md</c>. They are starting points for monthly figures:
/// change one with <see cref="ScorecardDefinition.WithIndicator"/>
/// (<c>ScorecardPresets.Retail.WithIndicator("gross_margin_rate", i =&gt; i with { Target = 0.5m })</c>), or save the
/// preset with <see cref="ScorecardJson.Serialize"/>, edit the JSON and load it back.
/// </remarks>
public static class ScorecardPresets
{
    /// <summary>The preset names: <c>retail</c>, <c>services</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["retail", "services"];

    /// <summary>
    /// The retail scorecard: 15 indicators over the four perspectives — revenue growth, gross margin rate, GMROI,
    /// operating cost ratio, promotion intensity; customer satisfaction, fill rate, stockout rate, sell-through;
    /// days of supply, inventory turnover, WAPE, forecast bias; training hours per employee, employee turnover — with
    /// a strategy map from people through processes and customers to the financial results.
    /// </summary>
    public static ScorecardDefinition Retail { get; } = new()
    {
        Id = "retail",
        Name = "Retail balanced scorecard",
        Objectives =
        [
            Objective("grow_revenue", "Grow revenue", Perspective.FinancialId, BusinessFunction.Sales, 1m,
                Linear("revenue_growth", baseline: -0.05m, target: 0.02m)),
            Objective("protect_margin", "Protect margin and return on stock", Perspective.FinancialId, BusinessFunction.Finance, 1m,
                Linear("gross_margin_rate", baseline: 0.30m, target: 0.45m, weight: 2m),
                Linear("gmroi", baseline: 1.0m, target: 3.0m, weight: 2m),
                Linear("operating_cost_ratio", baseline: 0.12m, target: 0.08m),
                new Indicator { Metric = "promo_intensity", Scoring = ScoringMethods.Binary, Direction = MetricDirection.LowerIsBetter, Target = 0.05m }),
            Objective("delight_customers", "Delight customers", Perspective.CustomerId, BusinessFunction.Customer, 1m,
                Linear("customer_satisfaction", baseline: 3.0m, target: 4.5m)),
            Objective("keep_shelves_full", "Have it in stock", Perspective.CustomerId, BusinessFunction.Operations, 1m,
                Linear("fill_rate", baseline: 0.90m, target: 0.98m),
                Linear("stockout_rate", baseline: 0.10m, target: 0.02m),
                new Indicator { Metric = "sell_through_rate", Scoring = ScoringMethods.MinMax, Min = 0.5m, Max = 0.9m }),
            Objective("lean_inventory", "Lean, fast-turning inventory", Perspective.InternalProcessId, BusinessFunction.Operations, 1m,
                Linear("days_of_supply", baseline: 15m, target: 9m),
                Linear("inventory_turnover", baseline: 2.0m, target: 3.5m)),
            Objective("accurate_forecasts", "Accurate, unbiased forecasts", Perspective.InternalProcessId, BusinessFunction.Sales, 1m,
                Linear("wape", baseline: 0.50m, target: 0.25m),
                new Indicator
                {
                    Metric = "forecast_bias",
                    Scoring = ScoringMethods.Bands,
                    Target = 0m,
                    Thresholds =
                    [
                        new ScoreBand { At = 0.05m, Score = 1m, Status = ScoreStatus.Green },
                        new ScoreBand { At = 0.15m, Score = 0.5m, Status = ScoreStatus.Amber },
                    ],
                }),
            Objective("develop_people", "Skilled, stable teams", Perspective.LearningGrowthId, BusinessFunction.People, 1m,
                Linear("training_hours_per_employee", baseline: 0m, target: 2m),
                Linear("employee_turnover", baseline: 0.05m, target: 0.015m)),
        ],
        StrategyMap =
        [
            Link("develop_people", "accurate_forecasts"),
            Link("develop_people", "lean_inventory"),
            Link("accurate_forecasts", "keep_shelves_full"),
            Link("accurate_forecasts", "lean_inventory"),
            Link("lean_inventory", "protect_margin"),
            Link("keep_shelves_full", "delight_customers"),
            Link("delight_customers", "grow_revenue"),
            Link("keep_shelves_full", "grow_revenue"),
        ],
        Initiatives =
        [
            new Initiative { Id = "sop_process", Name = "Monthly S&OP meeting with one consensus forecast", Objectives = ["accurate_forecasts", "lean_inventory"] },
            new Initiative { Id = "store_training", Name = "Store staff training programme", Objectives = ["develop_people", "delight_customers"] },
        ],
    };

    /// <summary>
    /// The services scorecard (an elder-care-like provider without inventory): revenue growth, operating cost ratio,
    /// revenue per client; customer satisfaction, on-time service level, customer retention, complaint rate; capacity
    /// utilisation, staff-to-client ratio; training hours per employee, employee turnover.
    /// </summary>
    public static ScorecardDefinition Services { get; } = new()
    {
        Id = "services",
        Name = "Services balanced scorecard",
        Objectives =
        [
            Objective("grow_revenue", "Grow revenue", Perspective.FinancialId, BusinessFunction.Sales, 1m,
                Linear("revenue_growth", baseline: -0.05m, target: 0.02m),
                Linear("revenue_per_client", baseline: 2000m, target: 3000m)),
            Objective("control_costs", "Control operating costs", Perspective.FinancialId, BusinessFunction.Finance, 1m,
                Linear("operating_cost_ratio", baseline: 0.25m, target: 0.15m)),
            Objective("delight_clients", "Delight clients and families", Perspective.CustomerId, BusinessFunction.Customer, 2m,
                Linear("customer_satisfaction", baseline: 3.0m, target: 4.5m, weight: 2m),
                Linear("customer_retention", baseline: 0.85m, target: 0.97m),
                Linear("complaint_rate", baseline: 0.05m, target: 0.01m)),
            Objective("reliable_service", "Reliable, on-time service", Perspective.CustomerId, BusinessFunction.Operations, 1m,
                Linear("service_level_on_time", baseline: 0.85m, target: 0.97m)),
            Objective("use_capacity", "Use capacity well", Perspective.InternalProcessId, BusinessFunction.Operations, 1m,
                new Indicator { Metric = "capacity_utilisation", Scoring = ScoringMethods.MinMax, Min = 0.60m, Target = 0.92m, Max = 1.0m }),
            Objective("safe_staffing", "Safe staffing", Perspective.InternalProcessId, BusinessFunction.Operations, 1m,
                Linear("staff_to_client_ratio", baseline: 0.30m, target: 0.50m)),
            Objective("develop_people", "Skilled, stable care teams", Perspective.LearningGrowthId, BusinessFunction.People, 1m,
                Linear("training_hours_per_employee", baseline: 0m, target: 3m),
                Linear("employee_turnover", baseline: 0.04m, target: 0.01m)),
        ],
        StrategyMap =
        [
            Link("develop_people", "safe_staffing"),
            Link("develop_people", "reliable_service"),
            Link("safe_staffing", "delight_clients"),
            Link("use_capacity", "control_costs"),
            Link("reliable_service", "delight_clients"),
            Link("delight_clients", "grow_revenue"),
        ],
        Initiatives =
        [
            new Initiative { Id = "care_training", Name = "Care skills training", Objectives = ["develop_people", "delight_clients"] },
            new Initiative { Id = "rostering", Name = "Demand-based rostering", Objectives = ["use_capacity", "reliable_service"] },
        ],
    };

    /// <summary>The preset with the name (ignoring case and surrounding white space).</summary>
    /// <param name="name">A preset name: <c>retail</c> or <c>services</c>.</param>
    /// <param name="definition">The preset, when found.</param>
    /// <returns>True when the name is a preset.</returns>
    public static bool TryFromName(string? name, [NotNullWhen(true)] out ScorecardDefinition? definition)
    {
        definition = name?.Trim().ToUpperInvariant() switch
        {
            "RETAIL" => Retail,
            "SERVICES" => Services,
            _ => null,
        };
        return definition is not null;
    }

    private static Objective Objective(string id, string name, string perspective, BusinessFunction owner, decimal weight, params Indicator[] indicators) =>
        new() { Id = id, Name = name, Perspective = perspective, Owner = owner, Weight = weight, Indicators = [.. indicators] };

    private static Indicator Linear(string metric, decimal baseline, decimal target, decimal weight = 1m) =>
        new() { Metric = metric, Baseline = baseline, Target = target, Weight = weight };

    private static StrategyLink Link(string cause, string effect) => new() { Cause = cause, Effect = effect };
}
