using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Sqlite;

/// <summary>
/// An <see cref="IAggregatedFactSource"/> that lets SQLite do the aggregation: one <c>GROUP BY date, dimensions</c>
/// query over a raw fact table returns per-date totals, and the cube built from them equals the cube of the raw rows.
/// </summary>
/// <remarks>
/// <para>The table has a <c>date</c> column (TEXT, <c>yyyy-MM-dd</c>), one TEXT column per schema dimension and one
/// INTEGER column per schema measure named by its id. SQLite has no exact decimal type and sums REAL columns in
/// floating point, so measure values are stored exactly as integers: the value × 10^<c>decimalPlaces</c> (e.g. cents
/// with 2). A REAL or TEXT value, or a NULL, is refused with a <see cref="FactDataException"/> naming the date and
/// segment — never summed inexactly or skipped.</para>
/// <para>The query returns, per date and segment: <c>COUNT(*)</c> as the row count; <c>SUM</c> of every measure
/// (flows, and stocks — a per-date sum is exactly what the cube's semi-additive rule needs); and, when the table has
/// <c>forecast_units</c> and <c>units_sold</c>, the row-grain forecast terms: <c>SUM(ABS(forecast_units −
/// units_sold))</c> as <c>forecast_abs_error</c>, and for MAPE <c>ape_sum</c> (each row's
/// <c>|forecast_units − units_sold| / units_sold</c> rounded half-to-even to 4 places, in integer arithmetic) and
/// <c>ape_rows</c>. <see cref="Query"/> is the SQL it runs.</para>
/// <para>Thread-safe: each enumeration opens its own connection.</para>
/// </remarks>
public sealed class SqliteAggregatedFactSource : IAggregatedFactSource
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    private readonly string _connectionString;
    private readonly long _scale;
    private readonly bool _forecastTerms;

    /// <summary>Creates a source over a table of raw fact rows.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=facts.db</c>.</param>
    /// <param name="tableName">The table (or view) of raw rows.</param>
    /// <param name="rowSchema">The dimensions and measures of the raw rows: the table's columns.</param>
    /// <param name="decimalPlaces">
    /// The decimal places of the stored integers: a stored <c>12345</c> is <c>123.45</c> with 2. From 0 to
    /// <see cref="FactValue.DecimalPlaces"/>; default <see cref="FactValue.DecimalPlaces"/>.
    /// </param>
    /// <exception cref="ArgumentException">The table name is blank, or the row schema carries a derived measure.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimalPlaces"/> is out of range.</exception>
    public SqliteAggregatedFactSource(string connectionString, string tableName, FactSchema rowSchema, int decimalPlaces = FactValue.DecimalPlaces)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        ArgumentNullException.ThrowIfNull(rowSchema);
        ArgumentOutOfRangeException.ThrowIfNegative(decimalPlaces);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimalPlaces, FactValue.DecimalPlaces);
        string[] derived = [StandardMeasures.RowCount.Id, StandardMeasures.ForecastAbsError.Id, StandardMeasures.ApeSum.Id, StandardMeasures.ApeRows.Id];
        string? supplied = rowSchema.Measures.Select(m => m.Id).FirstOrDefault(derived.Contains);
        if (supplied is not null)
        {
            throw new ArgumentException($"The row schema may not carry '{supplied}': the query computes it from the rows.", nameof(rowSchema));
        }

        _connectionString = connectionString;
        _scale = (long)Math.Pow(10, decimalPlaces);
        TableName = tableName;
        RowSchema = rowSchema;
        DecimalPlaces = decimalPlaces;
        _forecastTerms = rowSchema.IndexOfMeasure(StandardMeasures.ForecastUnits.Id) >= 0
            && rowSchema.IndexOfMeasure(StandardMeasures.UnitsSold.Id) >= 0;
        Schema = _forecastTerms
            ? new FactSchema(rowSchema.Dimensions, [.. rowSchema.Measures, StandardMeasures.ForecastAbsError, StandardMeasures.ApeSum, StandardMeasures.ApeRows])
            : rowSchema;
        Query = BuildQuery();
    }

    /// <summary>The table (or view) of raw rows.</summary>
    public string TableName { get; }

    /// <summary>The dimensions and measures of the raw rows.</summary>
    public FactSchema RowSchema { get; }

    /// <summary>The decimal places of the stored integers.</summary>
    public int DecimalPlaces { get; }

    /// <summary>
    /// The schema of the aggregated facts: the row schema's measures, plus <c>forecast_abs_error</c>, <c>ape_sum</c>
    /// and <c>ape_rows</c> when the rows have <c>forecast_units</c> and <c>units_sold</c>.
    /// </summary>
    public FactSchema Schema { get; }

    /// <summary>The SQL the source runs.</summary>
    public string Query { get; }

    /// <summary>Runs <see cref="Query"/> and yields one aggregated fact per date and segment.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <exception cref="SqliteException">The database, table or a column cannot be read.</exception>
    /// <exception cref="FactDataException">A date is not <c>yyyy-MM-dd</c>, or a measure holds a NULL or a non-integer value.</exception>
    public IEnumerable<AggregatedFact> GetFacts(CancellationToken cancellationToken)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = Query;
        using SqliteDataReader reader = command.ExecuteReader();
        int d = RowSchema.Dimensions.Length;
        int m = RowSchema.Measures.Length;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            string dateText = reader.IsDBNull(0) ? string.Empty : reader.GetString(0);
            ParseResult<LocalDate> date = IsoDate.Parse(dateText);
            if (!date.Success)
            {
                throw new FactDataException("date", dateText, "is not a yyyy-MM-dd date");
            }

            var dimensions = new string[d];
            for (int k = 0; k < d; k++)
            {
                dimensions[k] = reader.IsDBNull(1 + k) ? string.Empty : reader.GetString(1 + k);
            }

            long rows = reader.GetInt64(1 + d);
            long nulls = reader.GetInt64(2 + d);
            long nonIntegers = reader.GetInt64(3 + d);
            if (nulls > 0 || nonIntegers > 0)
            {
                throw new FactDataException(
                    $"Table {TableName}, {dateText} {string.Join("/", dimensions)}: {(nulls > 0 ? $"{nulls} measure values are NULL" : $"{nonIntegers} measure values are not integers")}; store each measure as an INTEGER of value × 10^{DecimalPlaces}.");
            }

            int first = 4 + d;
            var values = new decimal[Schema.Measures.Length];
            for (int i = 0; i < m; i++)
            {
                values[i] = (decimal)reader.GetInt64(first + i) / _scale;
            }

            if (_forecastTerms)
            {
                values[m] = (decimal)reader.GetInt64(first + m) / _scale;
                values[m + 1] = FactValue.FromScaled(reader.GetInt64(first + m + 1));
                values[m + 2] = reader.GetInt64(first + m + 2);
            }

            yield return new AggregatedFact(date.Value, dimensions, values, rows);
        }
    }

    /// <summary>The table name and schema.</summary>
    public override string ToString() => $"{TableName}: {RowSchema}";

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private string BuildQuery()
    {
        ImmutableArray<string> dimensions = RowSchema.Dimensions;
        string[] measures = [.. RowSchema.Measures.Select(x => Quote(x.Id))];
        string keys = string.Join(", ", new[] { Quote("date") }.Concat(dimensions.Select(Quote)));
        var sql = new StringBuilder();
        sql.Append("SELECT ").Append(keys).Append(",\n  COUNT(*) AS row_count");
        sql.Append(",\n  SUM(").Append(string.Join(" + ", measures.Select(c => $"({c} IS NULL)"))).Append(") AS null_values");
        sql.Append(",\n  SUM(").Append(string.Join(" + ", measures.Select(c => $"(typeof({c}) NOT IN ('integer', 'null'))"))).Append(") AS non_integer_values");
        foreach (string column in measures)
        {
            sql.Append(",\n  SUM(").Append(column).Append(')');
        }

        if (_forecastTerms)
        {
            string f = Quote(StandardMeasures.ForecastUnits.Id);
            string s = Quote(StandardMeasures.UnitsSold.Id);
            string n = $"(ABS({f} - {s}) * {FactValue.Scale.ToString(CultureInfo.InvariantCulture)})";

            // |f − s| / s scaled by 10,000 and rounded half to even, in integer arithmetic: q = n / s, r = n % s.
            string ape = $"({n} / {s} + CASE WHEN 2 * ({n} % {s}) > {s} OR (2 * ({n} % {s}) = {s} AND ({n} / {s}) % 2 = 1) THEN 1 ELSE 0 END)";
            sql.Append(",\n  SUM(ABS(").Append(f).Append(" - ").Append(s).Append(")) AS forecast_abs_error");
            sql.Append(",\n  SUM(CASE WHEN ").Append(s).Append(" > 0 THEN ").Append(ape).Append(" ELSE 0 END) AS ape_sum_scaled");
            sql.Append(",\n  SUM(CASE WHEN ").Append(s).Append(" > 0 THEN 1 ELSE 0 END) AS ape_rows");
        }

        sql.Append("\nFROM ").Append(Quote(TableName));
        sql.Append("\nGROUP BY ").Append(keys);
        sql.Append("\nORDER BY ").Append(keys);
        return sql.ToString();
    }
}
