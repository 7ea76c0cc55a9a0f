using System.Globalization;
using Microsoft.Data.Sqlite;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Sqlite.Tests;

/// <summary>A real SQLite file database in a temporary folder, with a fact table loaded from a fixture CSV.</summary>
internal sealed class FactTable : IDisposable
{
    private readonly string _folder;

    private FactTable(string folder)
    {
        _folder = folder;
        Path = System.IO.Path.Combine(folder, "facts.db");
    }

    public string Path { get; }

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString();

    /// <summary>Creates table <c>facts</c> from a CSV of the fact layout, measures stored as value × 10^decimalPlaces.</summary>
    public static FactTable FromCsv(string csvPath, int decimalPlaces)
    {
        string[] lines = File.ReadAllLines(csvPath);
        string[] header = lines[0].Split(',');
        string[][] rows = [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))];
        return Create(header, rows, decimalPlaces);
    }

    /// <summary>Creates table <c>facts</c> with the given columns (date, then dimensions, then measures) and rows.</summary>
    public static FactTable Create(string[] header, IEnumerable<string[]> rows, int decimalPlaces, int dimensionCount = 2)
    {
        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "salesops-sqlite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var table = new FactTable(folder);
        decimal scale = (decimal)Math.Pow(10, decimalPlaces);
        using var connection = new SqliteConnection(table.ConnectionString);
        connection.Open();
        using (SqliteCommand create = connection.CreateCommand())
        {
            IEnumerable<string> columns = header.Select((name, i) => i <= dimensionCount ? $"\"{name}\" TEXT NOT NULL" : $"\"{name}\" INTEGER");
            create.CommandText = $"CREATE TABLE facts ({string.Join(", ", columns)})";
            create.ExecuteNonQuery();
        }

        using SqliteTransaction transaction = connection.BeginTransaction();
        using SqliteCommand insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO facts VALUES ({string.Join(", ", header.Select((_, i) => "$p" + i))})";
        SqliteParameter[] parameters = [.. header.Select((_, i) => insert.Parameters.Add("$p" + i, SqliteType.Text))];
        foreach (string[] row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (i <= dimensionCount)
                {
                    parameters[i].SqliteType = SqliteType.Text;
                    parameters[i].Value = row[i];
                }
                else
                {
                    decimal scaled = decimal.Parse(row[i], NumberStyles.Number, CultureInfo.InvariantCulture) * scale;
                    parameters[i].SqliteType = SqliteType.Integer;
                    parameters[i].Value = scaled == decimal.Truncate(scaled)
                        ? (long)scaled
                        : throw new InvalidOperationException($"{row[i]} has more than {decimalPlaces} decimal places.");
                }
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return table;
    }

    /// <summary>Runs a statement against the database.</summary>
    public void Execute(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
