using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace SalesOps.Sdk.Benchmarks.Comparison;

/// <summary>Writes the comparison data set as fact files in the layout of docs/data-input.md.</summary>
internal static class FactFileWriter
{
    public const string Header = "date,sku,units_sold,revenue,cogs,on_hand_units,on_hand_value,stockout,forecast_units,ordered_units,shipped_units,promo_spend,operating_cost";

    private static readonly string[] MeasureNames = Header.Split(',')[2..];

    public static void WriteCsv(ComparisonDataSet data, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(Header);
        writer.Write('\n');
        Span<char> buffer = stackalloc char[32];
        foreach (ref readonly SalesRow r in data.Rows.AsSpan())
        {
            r.Date.ToDateOnly().TryFormat(buffer, out int n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.Write(buffer[..n]);
            writer.Write(',');
            writer.Write(data.SkuNames[r.Sku]);
            foreach (long value in (ReadOnlySpan<long>)[r.UnitsSold, r.Revenue, r.Cogs, r.OnHandUnits, r.OnHandValue, r.Stockout, r.ForecastUnits, r.OrderedUnits, r.ShippedUnits, r.PromoSpend, r.OperatingCost])
            {
                writer.Write(',');
                writer.Write(FormatScaled(value, buffer));
            }

            writer.Write('\n');
        }
    }

    /// <summary>DATE, string SKU, DECIMAL(18,4) measures; row groups of 1,000,000 rows.</summary>
    public static void WriteParquet(ComparisonDataSet data, string path) => WriteParquetAsync(data, path).GetAwaiter().GetResult();

    private static async Task WriteParquetAsync(ComparisonDataSet data, string path)
    {
        const int GroupSize = 1_000_000;
        var dateField = new DataField<DateOnly>("date");
        var skuField = new DataField<string>("sku");
        DecimalDataField[] measureFields = [.. MeasureNames.Select(name => new DecimalDataField(name, 18, 4))];
        var schema = new ParquetSchema([dateField, skuField, .. measureFields]);
        await using FileStream stream = File.Create(path);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream);
        SalesRow[] rows = data.Rows;
        for (int start = 0; start < rows.Length; start += GroupSize)
        {
            int count = Math.Min(GroupSize, rows.Length - start);
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync<DateOnly>(dateField, rows.AsSpan(start, count).ToArray().Select(r => r.Date.ToDateOnly()).ToArray().AsMemory());
            await group.WriteAsync(skuField, rows.AsSpan(start, count).ToArray().Select(r => data.SkuNames[r.Sku]).ToArray());
            for (int m = 0; m < measureFields.Length; m++)
            {
                decimal[] values = new decimal[count];
                for (int i = 0; i < count; i++)
                {
                    values[i] = new decimal(SalesRow.Measures(ref rows[start + i])[m]) / 10_000m;
                }

                await group.WriteAsync<decimal>(measureFields[m], values.AsMemory());
            }
        }
    }

    /// <summary>A scaled value as the shortest exact decimal text (no trailing zeros).</summary>
    private static ReadOnlySpan<char> FormatScaled(long scaled, Span<char> buffer)
    {
        long integer = Math.DivRem(scaled, 10_000, out long fraction);
        integer.TryFormat(buffer, out int n, provider: CultureInfo.InvariantCulture);
        if (fraction != 0)
        {
            buffer[n++] = '.';
            fraction.TryFormat(buffer[n..], out int f, "D4", CultureInfo.InvariantCulture);
            n += f;
            while (buffer[n - 1] == '0')
            {
                n--;
            }
        }

        return buffer[..n];
    }
}
