using DuckDB.NET.Data;

namespace SalesOps.Sdk.Benchmarks.Comparison;

/// <summary>
/// DuckDB (in process, in memory): the rows bulk-loaded once with the Appender into a table of the same columns
/// (DATE, INTEGER SKU code, BIGINT scaled measures) — not timed; then timed: the SQL of the KPI pack per SKU × month
/// and per month in total (stocks as per-date sums averaged over the dates), results read into arrays.
/// </summary>
internal sealed class DuckDbContender : IContender
{
    private DuckDBConnection? _connection;
    private ComparisonDataSet _data = null!;

    public string Name => "duckdb";

    private static readonly string PerSkuSql = KpiSql.PerSku("month(date)", "{0}", "{0} / 10000.0");
    private static readonly string TotalSql = KpiSql.Total("month(date)", "{0}", "{0} / 10000.0");

    public void Prepare(ComparisonDataSet data, int threads)
    {
        _data = data;
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        Execute($"SET threads TO {threads}");
        Execute("""
            CREATE TABLE facts (date DATE, sku INTEGER, units_sold BIGINT, revenue BIGINT, cogs BIGINT,
              on_hand_units BIGINT, on_hand_value BIGINT, stockout BIGINT, forecast_units BIGINT, ordered_units BIGINT,
              shipped_units BIGINT, promo_spend BIGINT, operating_cost BIGINT)
            """);
        using (DuckDBAppender appender = _connection.CreateAppender("facts"))
        {
            foreach (ref readonly SalesRow r in data.Rows.AsSpan())
            {
                appender.CreateRow()
                    .AppendValue(r.Date.ToDateOnly())
                    .AppendValue(r.Sku)
                    .AppendValue(r.UnitsSold)
                    .AppendValue(r.Revenue)
                    .AppendValue(r.Cogs)
                    .AppendValue(r.OnHandUnits)
                    .AppendValue(r.OnHandValue)
                    .AppendValue(r.Stockout)
                    .AppendValue(r.ForecastUnits)
                    .AppendValue(r.OrderedUnits)
                    .AppendValue(r.ShippedUnits)
                    .AppendValue(r.PromoSpend)
                    .AppendValue(r.OperatingCost)
                    .EndRow();
            }
        }

        Execute("CHECKPOINT");
    }

    public object Run()
    {
        var table = new KpiTable(_data.SkuCount);
        Read(_connection!, PerSkuSql, table);
        Read(_connection!, TotalSql, table);
        return table;
    }

    public KpiTable ToTable(object results) => (KpiTable)results;

    public void Dispose() => _connection?.Dispose();

    /// <summary>Runs a KPI query and reads every row into the table.</summary>
    internal static void Read(DuckDBConnection connection, string sql, KpiTable table)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            int segment = Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
            int month = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            table.SetExact(segment, month, reader.GetInt64(2), reader.GetInt64(3));
            for (int k = 0; k < KpiTable.KpiCount; k++)
            {
                table.Set(segment, month, k, reader.IsDBNull(k + 4) ? double.NaN : reader.GetDouble(k + 4));
            }
        }
    }

    private void Execute(string sql)
    {
        using DuckDBCommand command = _connection!.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
