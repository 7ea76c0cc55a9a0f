namespace SalesOps.Sdk.Measures;

/// <summary>
/// The standard measures: the input columns of the fact layout (DESIGN §5) and the extra quantities
/// the KPI catalog needs (customer, people and services data). Any subset may be present in a data set.
/// </summary>
public static class StandardMeasures
{
    /// <summary><c>units_sold</c>: units sold (flow, count, non-negative).</summary>
    public static MeasureDefinition UnitsSold { get; } =
        MeasureDefinition.Flow("units_sold", "Units sold", MeasureUnit.Count, "Units sold to customers.", allowsNegative: false);

    /// <summary><c>revenue</c>: net sales revenue (flow, currency).</summary>
    public static MeasureDefinition Revenue { get; } =
        MeasureDefinition.Flow("revenue", "Revenue", MeasureUnit.Currency, "Net sales revenue after discounts.");

    /// <summary><c>cogs</c>: cost of goods sold (flow, currency).</summary>
    public static MeasureDefinition Cogs { get; } =
        MeasureDefinition.Flow("cogs", "Cost of goods sold", MeasureUnit.Currency, "Cost of the goods sold.");

    /// <summary><c>on_hand_units</c>: units in stock at the end of the day (stock, average over time, non-negative).</summary>
    public static MeasureDefinition OnHandUnits { get; } =
        MeasureDefinition.Stock("on_hand_units", "On-hand units", MeasureUnit.Count, TimeAggregation.Average, "Units in stock at the end of the day.");

    /// <summary><c>on_hand_value</c>: stock value at cost at the end of the day (stock, average over time, non-negative).</summary>
    public static MeasureDefinition OnHandValue { get; } =
        MeasureDefinition.Stock("on_hand_value", "On-hand value", MeasureUnit.Currency, TimeAggregation.Average, "Stock value at cost at the end of the day.");

    /// <summary><c>stockout</c>: 1 when the item was out of stock that day, else 0 (flow, count).</summary>
    public static MeasureDefinition Stockout { get; } =
        MeasureDefinition.Flag("stockout", "Stockout flag", "1 when the item was out of stock on the day, else 0.");

    /// <summary><c>forecast_units</c>: units the sales forecast expected (flow, count, non-negative).</summary>
    public static MeasureDefinition ForecastUnits { get; } =
        MeasureDefinition.Flow("forecast_units", "Forecast units", MeasureUnit.Count, "Units the demand forecast expected.", allowsNegative: false);

    /// <summary><c>ordered_units</c>: units customers ordered (flow, count, non-negative).</summary>
    public static MeasureDefinition OrderedUnits { get; } =
        MeasureDefinition.Flow("ordered_units", "Ordered units", MeasureUnit.Count, "Units customers ordered.", allowsNegative: false);

    /// <summary><c>shipped_units</c>: units shipped against orders (flow, count, non-negative).</summary>
    public static MeasureDefinition ShippedUnits { get; } =
        MeasureDefinition.Flow("shipped_units", "Shipped units", MeasureUnit.Count, "Units shipped against customer orders.", allowsNegative: false);

    /// <summary><c>promo_spend</c>: promotion spend and markdown cost (flow, currency).</summary>
    public static MeasureDefinition PromoSpend { get; } =
        MeasureDefinition.Flow("promo_spend", "Promotion spend", MeasureUnit.Currency, "Promotion spend and markdown cost.", allowsNegative: false);

    /// <summary><c>operating_cost</c>: operating expenses (flow, currency).</summary>
    public static MeasureDefinition OperatingCost { get; } =
        MeasureDefinition.Flow("operating_cost", "Operating cost", MeasureUnit.Currency, "Operating expenses (store, logistics, staff).");

    /// <summary><c>row_count</c>: the number of fact rows (flow, count). Filled by row ingestion; pre-aggregated sources supply it.</summary>
    public static MeasureDefinition RowCount { get; } =
        MeasureDefinition.Flow("row_count", "Row count", MeasureUnit.Count, "Number of fact rows (item-location-days).", allowsNegative: false);

    /// <summary>
    /// <c>forecast_abs_error</c>: Σ |forecast_units − units_sold| at row grain (flow, count). Computed by row
    /// ingestion when both columns are present; pre-aggregated sources supply it.
    /// </summary>
    public static MeasureDefinition ForecastAbsError { get; } =
        MeasureDefinition.Flow("forecast_abs_error", "Absolute forecast error", MeasureUnit.Count, "|forecast_units − units_sold| per row.", allowsNegative: false);

    /// <summary>
    /// <c>ape_sum</c>: Σ |forecast_units − units_sold| / units_sold over the rows with units_sold &gt; 0, each term rounded
    /// half-to-even to 4 decimal places (flow, ratio). Computed by row ingestion; pre-aggregated sources supply it.
    /// </summary>
    public static MeasureDefinition ApeSum { get; } =
        MeasureDefinition.Flow("ape_sum", "Sum of absolute percentage errors", MeasureUnit.Ratio, "Σ |forecast − sold| / sold over rows with sales.", allowsNegative: false);

    /// <summary><c>ape_rows</c>: the number of rows with units_sold &gt; 0 and a forecast (flow, count), the MAPE denominator.</summary>
    public static MeasureDefinition ApeRows { get; } =
        MeasureDefinition.Flow("ape_rows", "Rows with sales and a forecast", MeasureUnit.Count, "Rows with units_sold > 0 (MAPE's denominator).", allowsNegative: false);

    /// <summary><c>market_size</c>: the revenue of the whole market the business competes in (flow, currency).</summary>
    public static MeasureDefinition MarketSize { get; } =
        MeasureDefinition.Flow("market_size", "Market size", MeasureUnit.Currency, "Revenue of the whole addressed market.", allowsNegative: false);

    /// <summary><c>orders</c>: customer orders or order lines (flow, count).</summary>
    public static MeasureDefinition Orders { get; } =
        MeasureDefinition.Flow("orders", "Orders", MeasureUnit.Count, "Customer orders (or order lines).", allowsNegative: false);

    /// <summary><c>orders_otif</c>: orders delivered on time and in full (flow, count).</summary>
    public static MeasureDefinition OrdersOtif { get; } =
        MeasureDefinition.Flow("orders_otif", "Orders on time in full", MeasureUnit.Count, "Orders delivered on time and in full.", allowsNegative: false);

    /// <summary><c>complaints</c>: customer complaints received (flow, count).</summary>
    public static MeasureDefinition Complaints { get; } =
        MeasureDefinition.Flow("complaints", "Complaints", MeasureUnit.Count, "Customer complaints received.", allowsNegative: false);

    /// <summary><c>survey_responses</c>: customer-satisfaction survey responses (flow, count).</summary>
    public static MeasureDefinition SurveyResponses { get; } =
        MeasureDefinition.Flow("survey_responses", "Survey responses", MeasureUnit.Count, "Customer survey responses.", allowsNegative: false);

    /// <summary><c>satisfaction_points</c>: the sum of satisfaction scores (1–5) over the responses (flow, score).</summary>
    public static MeasureDefinition SatisfactionPoints { get; } =
        MeasureDefinition.Flow("satisfaction_points", "Satisfaction points", MeasureUnit.Score, "Sum of the 1–5 satisfaction scores of the responses.", allowsNegative: false);

    /// <summary><c>promoters</c>: survey respondents scoring 9–10 on likelihood to recommend (flow, count).</summary>
    public static MeasureDefinition Promoters { get; } =
        MeasureDefinition.Flow("promoters", "Promoters", MeasureUnit.Count, "Respondents scoring 9–10 on likelihood to recommend.", allowsNegative: false);

    /// <summary><c>detractors</c>: survey respondents scoring 0–6 on likelihood to recommend (flow, count).</summary>
    public static MeasureDefinition Detractors { get; } =
        MeasureDefinition.Flow("detractors", "Detractors", MeasureUnit.Count, "Respondents scoring 0–6 on likelihood to recommend.", allowsNegative: false);

    /// <summary><c>customers_start</c>: active customers at the start of the period (stock, first value).</summary>
    public static MeasureDefinition CustomersStart { get; } =
        MeasureDefinition.Stock("customers_start", "Customers at start", MeasureUnit.Count, TimeAggregation.First, "Active customers at the start of the day.");

    /// <summary><c>customers_end</c>: active customers at the end of the period (stock, last value).</summary>
    public static MeasureDefinition CustomersEnd { get; } =
        MeasureDefinition.Stock("customers_end", "Customers at end", MeasureUnit.Count, TimeAggregation.Last, "Active customers at the end of the day.");

    /// <summary><c>new_customers</c>: customers acquired (flow, count).</summary>
    public static MeasureDefinition NewCustomers { get; } =
        MeasureDefinition.Flow("new_customers", "New customers", MeasureUnit.Count, "Customers acquired.", allowsNegative: false);

    /// <summary><c>headcount</c>: employees (full-time equivalents) on the payroll (stock, average).</summary>
    public static MeasureDefinition Headcount { get; } =
        MeasureDefinition.Stock("headcount", "Headcount", MeasureUnit.Count, TimeAggregation.Average, "Employees (FTE) on the payroll.");

    /// <summary><c>leavers</c>: employees who left (flow, count).</summary>
    public static MeasureDefinition Leavers { get; } =
        MeasureDefinition.Flow("leavers", "Leavers", MeasureUnit.Count, "Employees who left.", allowsNegative: false);

    /// <summary><c>training_hours</c>: hours of staff training delivered (flow, hours).</summary>
    public static MeasureDefinition TrainingHours { get; } =
        MeasureDefinition.Flow("training_hours", "Training hours", MeasureUnit.Hours, "Hours of staff training delivered.", allowsNegative: false);

    /// <summary><c>capacity_available</c>: service capacity available, e.g. bed-days or care hours (flow, count).</summary>
    public static MeasureDefinition CapacityAvailable { get; } =
        MeasureDefinition.Flow("capacity_available", "Capacity available", MeasureUnit.Count, "Service capacity available (bed-days, care hours).", allowsNegative: false);

    /// <summary><c>capacity_used</c>: service capacity used (flow, count).</summary>
    public static MeasureDefinition CapacityUsed { get; } =
        MeasureDefinition.Flow("capacity_used", "Capacity used", MeasureUnit.Count, "Service capacity used (occupied bed-days, delivered hours).", allowsNegative: false);

    /// <summary><c>services_delivered</c>: service visits or appointments delivered (flow, count).</summary>
    public static MeasureDefinition ServicesDelivered { get; } =
        MeasureDefinition.Flow("services_delivered", "Services delivered", MeasureUnit.Count, "Service visits or appointments delivered.", allowsNegative: false);

    /// <summary><c>services_on_time</c>: service visits delivered on time (flow, count).</summary>
    public static MeasureDefinition ServicesOnTime { get; } =
        MeasureDefinition.Flow("services_on_time", "Services on time", MeasureUnit.Count, "Service visits delivered on time.", allowsNegative: false);

    /// <summary><c>clients</c>: clients under care or under contract (stock, average).</summary>
    public static MeasureDefinition Clients { get; } =
        MeasureDefinition.Stock("clients", "Clients", MeasureUnit.Count, TimeAggregation.Average, "Clients under care or contract.");

    /// <summary><c>cost_inbound_logistics</c>: the cost of the inbound logistics value-chain stage (receiving, storing and handling inbound goods; flow, currency, optional).</summary>
    public static MeasureDefinition CostInboundLogistics { get; } =
        MeasureDefinition.Flow("cost_inbound_logistics", "Cost of inbound logistics", MeasureUnit.Currency, "Cost attributed to the inbound logistics stage of the value chain.");

    /// <summary><c>cost_operations</c>: the cost of the operations value-chain stage (turning inputs into the product or service; flow, currency, optional).</summary>
    public static MeasureDefinition CostOperations { get; } =
        MeasureDefinition.Flow("cost_operations", "Cost of operations", MeasureUnit.Currency, "Cost attributed to the operations stage of the value chain.");

    /// <summary><c>cost_outbound_logistics</c>: the cost of the outbound logistics value-chain stage (storing and delivering to customers; flow, currency, optional).</summary>
    public static MeasureDefinition CostOutboundLogistics { get; } =
        MeasureDefinition.Flow("cost_outbound_logistics", "Cost of outbound logistics", MeasureUnit.Currency, "Cost attributed to the outbound logistics stage of the value chain.");

    /// <summary><c>cost_marketing_sales</c>: the cost of the marketing and sales value-chain stage (marketing, selling, promotion; flow, currency, optional).</summary>
    public static MeasureDefinition CostMarketingSales { get; } =
        MeasureDefinition.Flow("cost_marketing_sales", "Cost of marketing and sales", MeasureUnit.Currency, "Cost attributed to the marketing and sales stage of the value chain.");

    /// <summary><c>cost_service</c>: the cost of the service value-chain stage (after-sales and customer service; flow, currency, optional).</summary>
    public static MeasureDefinition CostService { get; } =
        MeasureDefinition.Flow("cost_service", "Cost of service", MeasureUnit.Currency, "Cost attributed to the service stage of the value chain.");

    /// <summary><c>cost_procurement</c>: the cost of the procurement value-chain stage (purchasing; flow, currency, optional).</summary>
    public static MeasureDefinition CostProcurement { get; } =
        MeasureDefinition.Flow("cost_procurement", "Cost of procurement", MeasureUnit.Currency, "Cost attributed to the procurement stage of the value chain.");

    /// <summary><c>cost_technology_development</c>: the cost of the technology development value-chain stage (technology, systems and R&amp;D; flow, currency, optional).</summary>
    public static MeasureDefinition CostTechnologyDevelopment { get; } =
        MeasureDefinition.Flow("cost_technology_development", "Cost of technology development", MeasureUnit.Currency, "Cost attributed to the technology development stage of the value chain.");

    /// <summary><c>cost_human_resources</c>: the cost of the human resources value-chain stage (recruiting, training and people management; flow, currency, optional).</summary>
    public static MeasureDefinition CostHumanResources { get; } =
        MeasureDefinition.Flow("cost_human_resources", "Cost of human resources", MeasureUnit.Currency, "Cost attributed to the human resources stage of the value chain.");

    /// <summary><c>cost_firm_infrastructure</c>: the cost of the firm infrastructure value-chain stage (management, finance, legal and general overhead; flow, currency, optional).</summary>
    public static MeasureDefinition CostFirmInfrastructure { get; } =
        MeasureDefinition.Flow("cost_firm_infrastructure", "Cost of firm infrastructure", MeasureUnit.Currency, "Cost attributed to the firm infrastructure stage of the value chain.");

    /// <summary>Every standard measure, in documentation order.</summary>
    public static IReadOnlyList<MeasureDefinition> All { get; } =
    [
        UnitsSold, Revenue, Cogs, OnHandUnits, OnHandValue, Stockout, ForecastUnits, OrderedUnits, ShippedUnits,
        PromoSpend, OperatingCost, RowCount, ForecastAbsError, ApeSum, ApeRows, MarketSize, Orders, OrdersOtif, Complaints,
        SurveyResponses, SatisfactionPoints, Promoters, Detractors, CustomersStart, CustomersEnd, NewCustomers,
        Headcount, Leavers, TrainingHours, CapacityAvailable, CapacityUsed, ServicesDelivered, ServicesOnTime, Clients,
        CostInboundLogistics, CostOperations, CostOutboundLogistics, CostMarketingSales, CostService, CostProcurement,
        CostTechnologyDevelopment, CostHumanResources, CostFirmInfrastructure,
    ];
}
