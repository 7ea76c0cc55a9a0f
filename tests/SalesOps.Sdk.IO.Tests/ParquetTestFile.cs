using Parquet;
using Parquet.Schema;

namespace SalesOps.Sdk.IO.Tests;

/// <summary>Writes small Parquet files for the tests, column by column, in row groups of a chosen size.</summary>
internal static class ParquetTestFile
{
    public static void Write(string path, int rowGroupSize, params Column[] columns) =>
        WriteAsync(path, rowGroupSize, columns).GetAwaiter().GetResult();

    private static async Task WriteAsync(string path, int rowGroupSize, Column[] columns)
    {
        int rows = columns[0].Length;
        var schema = new ParquetSchema(columns.Select(c => (Field)c.Field));
        await using FileStream stream = File.Create(path);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream);
        for (int start = 0; start < rows || (rows == 0 && start == 0); start += Math.Max(rowGroupSize, 1))
        {
            int count = Math.Min(rowGroupSize, rows - start);
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            foreach (Column column in columns)
            {
                await column.Write(group, start, count);
            }

            if (rows == 0)
            {
                break;
            }
        }
    }

    public static Column Of<T>(string name, T[] values)
        where T : struct
    {
        var field = new DataField<T>(name);
        return new Column(field, values.Length, (w, s, n) => w.WriteAsync<T>(field, values.AsMemory(s, n)));
    }

    public static Column Nullable<T>(string name, T?[] values)
        where T : struct
    {
        var field = new DataField<T?>(name);
        return new Column(field, values.Length, (w, s, n) => w.WriteAsync<T>(field, values.AsMemory(s, n)));
    }

    public static Column Text(string name, string?[] values)
    {
        var field = new DataField<string>(name);
        return new Column(field, values.Length, (w, s, n) => w.WriteAsync(field, values[s..(s + n)]!));
    }

    public static Column Decimal(string name, decimal[] values, int scale = 4)
    {
        var field = new DecimalDataField(name, 18, scale);
        return new Column(field, values.Length, (w, s, n) => w.WriteAsync<decimal>(field, values.AsMemory(s, n)));
    }

    public static Column Timestamp(string name, DateTime[] values)
    {
        var field = new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: false);
        return new Column(field, values.Length, (w, s, n) => w.WriteAsync<DateTime>(field, values.AsMemory(s, n)));
    }

    internal sealed record Column(DataField Field, int Length, Func<ParquetRowGroupWriter, int, int, Task> Write);
}
