namespace SalesOps.Sdk.Benchmarks.Comparison;

/// <summary>
/// The KPI pack (DESIGN §5) in DuckDB SQL, per SKU × month and per month in total, over a relation <c>facts</c> with
/// the columns of the fact layout. Stocks are semi-additive: the total's average inventory is the mean over dates of
/// the per-date Σ on_hand_value, its ending inventory the Σ on_hand_units of the last date.
/// </summary>
internal static class KpiSql
{
    /// <summary>The query of the total per month.</summary>
    /// <param name="month">The month key, e.g. <c>month(date)</c> or <c>date_trunc('month', date)</c>.</param>
    /// <param name="toScaled">Turns a sum into the scaled integer, e.g. <c>{0}</c> or <c>({0} * 10000)</c>.</param>
    /// <param name="toUnits">Turns a sum into a double in units, e.g. <c>{0} / 10000.0</c> or <c>{0}::DOUBLE</c>.</param>
    public static string Total(string month, string toScaled, string toUnits) => $"""
        WITH daily AS (
          SELECT date, sum(revenue) AS revenue, sum(units_sold) AS units, sum(cogs) AS cogs,
            sum(on_hand_value) AS inv, sum(on_hand_units) AS onhand, sum(stockout) AS stockouts, count(*) AS n,
            sum(abs(forecast_units - units_sold)) AS abs_err, sum(forecast_units) AS forecast,
            sum(shipped_units) AS shipped, sum(ordered_units) AS ordered, sum(promo_spend) AS promo,
            sum(operating_cost) AS opcost
          FROM facts GROUP BY date),
        cell AS (
          SELECT 0 AS seg, {month} AS m, sum(revenue) AS revenue,
            sum(units) AS units, sum(cogs) AS cogs, avg(inv) AS inv_avg, count(*) AS dates,
            arg_max(onhand, date) AS ending, sum(stockouts) AS stockouts, sum(n) AS n, sum(abs_err) AS abs_err,
            sum(forecast) AS forecast, sum(shipped) AS shipped, sum(ordered) AS ordered, sum(promo) AS promo,
            sum(opcost) AS opcost
          FROM daily GROUP BY m)
        {Select(toScaled, toUnits)}
        """;

    /// <summary>
    /// The query per SKU × month: one GROUP BY over the rows. The average stock is Σ on_hand_value / distinct dates
    /// (the mean of the per-date sums); the ending stock is arg_max(on_hand_units, date), exact because the data has
    /// one row per SKU × day.
    /// </summary>
    public static string PerSku(string month, string toScaled, string toUnits) => $"""
        WITH cell AS (
          SELECT sku + 1 AS seg, {month} AS m, sum(revenue) AS revenue, sum(units_sold) AS units,
            sum(cogs) AS cogs, sum(on_hand_value) / count(DISTINCT date) AS inv_avg, count(DISTINCT date) AS dates,
            arg_max(on_hand_units, date) AS ending, sum(stockout) AS stockouts, count(*) AS n,
            sum(abs(forecast_units - units_sold)) AS abs_err, sum(forecast_units) AS forecast,
            sum(shipped_units) AS shipped, sum(ordered_units) AS ordered, sum(promo_spend) AS promo,
            sum(operating_cost) AS opcost
          FROM facts GROUP BY sku, m)
        {Select(toScaled, toUnits)}
        """;

    /// <summary>Columns: seg, m, revenue and cogs as scaled BIGINT, then the 18 KPIs of the pack in pack order.</summary>
    private static string Select(string toScaled, string toUnits)
    {
        string S(string x) => string.Format(System.Globalization.CultureInfo.InvariantCulture, toScaled, x);
        string U(string x) => string.Format(System.Globalization.CultureInfo.InvariantCulture, toUnits, x);
        return $"""
            SELECT seg, m,
              {S("revenue")}::BIGINT AS revenue_scaled, {S("cogs")}::BIGINT AS cogs_scaled,
              {U("revenue")} AS revenue, {U("units")} AS units_sold, {U("cogs")} AS cogs,
              {U("(revenue - cogs)")} AS gross_margin,
              (revenue - cogs) / nullif(revenue, 0) AS gross_margin_rate,
              {U("inv_avg")} AS average_inventory_value,
              {U("ending")} AS ending_inventory_units,
              cogs / nullif(inv_avg, 0) AS inventory_turnover,
              inv_avg * dates / nullif(cogs, 0) AS days_of_supply,
              {U("stockouts")} / nullif(n, 0) AS stockout_rate,
              abs_err / nullif(units, 0) AS wape,
              (forecast - units) / nullif(units, 0) AS forecast_bias,
              (revenue - cogs) / nullif(inv_avg, 0) AS gmroi,
              units / nullif(units + ending, 0) AS sell_through_rate,
              shipped / nullif(ordered, 0) AS fill_rate,
              promo / nullif(revenue, 0) AS promo_intensity,
              opcost / nullif(revenue, 0) AS operating_cost_ratio,
              revenue / nullif(lag(revenue) OVER (PARTITION BY seg ORDER BY m), 0) - 1 AS revenue_growth
            FROM cell ORDER BY seg, m
            """;
    }
}
