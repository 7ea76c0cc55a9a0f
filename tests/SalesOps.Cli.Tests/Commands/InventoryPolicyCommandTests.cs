using System.Globalization;
using System.Text.Json;

namespace SalesOps.Cli.Tests.Commands;

public class InventoryPolicyCommandTests
{
    private static CliResult Run(params string[] extra) =>
        CliRunner.Run(["inventory-policy", "--facts", SharedFixtures.PathOf("retail_small.csv"), .. extra]);

    private static JsonElement Item(JsonDocument document, string sku, string? store) =>
        document.RootElement.GetProperty("items").EnumerateArray().Single(i =>
            i.GetProperty("sku").GetString() == sku
            && (store is null ? i.GetProperty("store").ValueKind == JsonValueKind.Null : i.GetProperty("store").GetString() == store));

    private static void ShouldBeClose(JsonElement item, string field, double expected) =>
        item.GetProperty(field).GetDouble().Should().BeApproximately(expected, 1e-9 * Math.Max(1, Math.Abs(expected)), field);

    [Fact]
    public void InventoryPolicy_RetailSmall_OneItemMatchesAnIndependentComputationFromTheRows()
    {
        // Independent computation for SKU-0003 at S01 straight from the CSV rows, in double precision.
        string[] lines = File.ReadAllLines(SharedFixtures.PathOf("retail_small.csv"));
        string[] header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        string[][] rows = [.. lines.Skip(1).Select(l => l.Split(',')).Where(f => f[Col("sku")] == "SKU-0003" && f[Col("store")] == "S01").OrderBy(f => f[Col("date")], StringComparer.Ordinal)];
        double[] units = [.. rows.Select(f => double.Parse(f[Col("units_sold")], CultureInfo.InvariantCulture))];
        double cogs = rows.Sum(f => double.Parse(f[Col("cogs")], CultureInfo.InvariantCulture));
        double n = units.Length;
        double d = units.Sum() / n;
        double variance = units.Sum(u => (u - d) * (u - d)) / (n - 1);
        const double z = 1.6448536269514722, leadTime = 7, leadTimeStd = 1.5, orderCost = 40, holdingRate = 0.2;
        double safetyStock = z * Math.Sqrt((leadTime * variance) + (d * d * leadTimeStd * leadTimeStd));
        double unitCost = cogs / units.Sum();
        double eoq = Math.Sqrt(2 * 365 * d * orderCost / (holdingRate * unitCost));
        double stock = double.Parse(rows[^1][Col("on_hand_units")], CultureInfo.InvariantCulture);

        CliResult result = Run("--service-level", "0.95", "--lead-time-days", "7", "--lead-time-std-days", "1.5", "--order-cost", "40", "--holding-rate", "0.2", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("items").GetArrayLength().Should().Be(24);
        JsonElement item = Item(json, "SKU-0003", "S01");
        item.GetProperty("days").GetInt32().Should().Be(rows.Length);
        ShouldBeClose(item, "average_daily_demand", d);
        ShouldBeClose(item, "demand_std_dev", Math.Sqrt(variance));
        ShouldBeClose(item, "safety_stock", safetyStock);
        ShouldBeClose(item, "reorder_point", (d * leadTime) + safetyStock);
        ShouldBeClose(item, "unit_cost", unitCost);
        ShouldBeClose(item, "eoq", eoq);
        ShouldBeClose(item, "maximum_stock", (d * leadTime) + safetyStock + eoq);
        item.GetProperty("current_stock").GetDouble().Should().Be(stock);
        item.GetProperty("xyz").GetString().Should().Be(Math.Sqrt(variance) / d <= 0.5 ? "X" : Math.Sqrt(variance) / d <= 1.0 ? "Y" : "Z");
        item.GetProperty("abc").GetString().Should().BeOneOf("A", "B", "C");
    }

    [Fact]
    public void InventoryPolicy_AbcOverAllItems_FollowsTheRevenueRanking()
    {
        CliResult result = Run("--service-level", "0.95", "--lead-time-days", "7", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement[] items = [.. json.RootElement.GetProperty("items").EnumerateArray()
            .OrderByDescending(i => i.GetProperty("revenue").GetDecimal())
            .ThenBy(i => i.GetProperty("sku").GetString() + "/" + i.GetProperty("store").GetString(), StringComparer.Ordinal)];
        decimal total = items.Sum(i => i.GetProperty("revenue").GetDecimal()), above = 0m;
        foreach (JsonElement item in items)
        {
            string expected = above / total < 0.8m ? "A" : above / total < 0.95m ? "B" : "C";
            item.GetProperty("abc").GetString().Should().Be(expected);
            above += item.GetProperty("revenue").GetDecimal();
        }

        items.Select(i => i.GetProperty("abc").GetString()).Should().Contain(["A", "B", "C"]);
    }

    [Fact]
    public void InventoryPolicy_NoStoreColumn_StoreIsNullAndShortHistoryGetsANote()
    {
        string path = Path.Combine(Path.GetTempPath(), $"inventory-policy-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "date,sku,units_sold,revenue,cogs,on_hand_units\n2024-01-01,A,10,100,50,30\n2024-01-02,A,12,120,60,20\n2024-01-01,B,3,30,0,5\n");
        try
        {
            CliResult result = CliRunner.Run("inventory-policy", "--facts", path, "--service-level", "0.95", "--lead-time-days", "2", "--format", "json");

            result.ExitCode.Should().Be(0, result.Stderr);
            result.Stdout.Should().NotContain("NaN");
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            JsonElement a = Item(json, "A", null);
            a.GetProperty("average_daily_demand").GetDecimal().Should().Be(11m);
            a.GetProperty("current_stock").GetDecimal().Should().Be(20m);
            JsonElement b = Item(json, "B", null);
            b.GetProperty("safety_stock").ValueKind.Should().Be(JsonValueKind.Null);
            b.GetProperty("eoq").ValueKind.Should().Be(JsonValueKind.Null);
            b.GetProperty("notes")[0].GetString().Should().Contain("fewer than two days of history (1)");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InventoryPolicy_CsvAndTable_OneLinePerItem()
    {
        CliResult csv = Run("--service-level", "0.9", "--lead-time-days", "3", "--format", "csv");
        CliResult table = Run("--service-level", "0.9", "--lead-time-days", "3");

        csv.ExitCode.Should().Be(0, csv.Stderr);
        string[] lines = csv.Stdout.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(25);
        lines[0].Should().StartWith("sku,store,days,units_sold,revenue,average_daily_demand,demand_std_dev,");
        lines[1].Should().StartWith("SKU-0000,S00,150,");
        table.ExitCode.Should().Be(0, table.Stderr);
        table.Stdout.Should().Contain("SKU-0011/S01").And.Contain("service level 0.9 (z = 1.2816)");
    }

    [Theory]
    [InlineData("--service-level", "1", "--service-level 1 should be in the open range (0, 1)")]
    [InlineData("--service-level", "0", "--service-level 0 should be in the open range (0, 1)")]
    [InlineData("--lead-time-days", "-1", "--lead-time-days -1 should be 0 or more")]
    [InlineData("--lead-time-std-days", "-0.5", "--lead-time-std-days -0.5 should be 0 or more")]
    [InlineData("--order-cost", "0", "--order-cost 0 should be more than 0")]
    [InlineData("--holding-rate", "-0.1", "--holding-rate -0.1 should be more than 0")]
    [InlineData("--format", "xml", "unknown format 'xml'")]
    [InlineData("--missing-days", "skip", "unknown --missing-days 'skip'")]
    public void InventoryPolicy_BadOption_ErrorAndExitCode1(string option, string value, string message)
    {
        Dictionary<string, string> args = new() { ["--service-level"] = "0.95", ["--lead-time-days"] = "7", [option] = value };

        CliResult result = Run([.. args.SelectMany(a => new[] { a.Key, a.Value })]);

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("error: ").And.Contain(message);
        result.Stdout.Should().BeEmpty();
    }
}
