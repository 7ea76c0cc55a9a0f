using System.Text.Json;

namespace SalesOps.Cli.Tests.Commands;

public class ValueChainCommandTests
{
    private const string NineCosts =
        "cost_inbound_logistics,cost_operations,cost_outbound_logistics,cost_marketing_sales,cost_service," +
        "cost_procurement,cost_technology_development,cost_human_resources,cost_firm_infrastructure";

    [Fact]
    public void ValueChain_SalesTrapJson_PromotionLinkagesStrainedWithEvidence()
    {
        CliResult result = CliRunner.Run("value-chain", "--facts", SharedFixtures.PathOf("sales_trap.csv"), "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        root.GetProperty("calendar").GetString().Should().Be("gregorian");
        root.GetProperty("grain").GetString().Should().Be("month");
        root.GetProperty("strained_linkages").EnumerateArray().Select(e => e.GetString()).Should().Contain(
            ["promo_intensity_vs_fill_rate", "promo_intensity_vs_stockout_rate", "promo_intensity_vs_days_of_supply"]);
        JsonElement fill = root.GetProperty("linkages").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "promo_intensity_vs_fill_rate");
        fill.GetProperty("status").GetString().Should().Be("strained");
        fill.GetProperty("earlier_periods").EnumerateArray().Select(e => e.GetString()).Should().Equal("2024-01", "2024-02", "2024-03");
        fill.GetProperty("later_periods").EnumerateArray().Select(e => e.GetString()).Should().Equal("2024-04", "2024-05", "2024-06");
        JsonElement operations = fill.GetProperty("operations");
        operations.GetProperty("kpi").GetString().Should().Be("fill_rate");
        operations.GetProperty("stage").GetString().Should().Be("outbound_logistics");
        operations.GetProperty("before").GetDecimal().Should().Be(1m);
        operations.GetProperty("after").GetDecimal().Should().BeLessThan(0.95m);
        operations.GetProperty("threshold").GetDecimal().Should().Be(0.02m);
        operations.GetProperty("moved").GetBoolean().Should().BeTrue();
        fill.GetProperty("sales").GetProperty("kpi").GetString().Should().Be("promo_intensity");
    }

    [Fact]
    public void ValueChain_FixtureWithoutCostColumns_CostsNullWithReasonsNeverZero()
    {
        CliResult result = CliRunner.Run("value-chain", "--facts", SharedFixtures.PathOf("balanced.csv"), "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        root.GetProperty("strained_linkages").GetArrayLength().Should().Be(0);
        root.GetProperty("stages").GetArrayLength().Should().Be(9);
        JsonElement period = root.GetProperty("periods")[0];
        period.GetProperty("revenue").GetDecimal().Should().Be(372614.02m);
        period.GetProperty("margin").ValueKind.Should().Be(JsonValueKind.Null);
        period.GetProperty("not_available").GetProperty("total_cost").GetString().Should().StartWith("the cost of stages inbound_logistics, operations");
        JsonElement stage = period.GetProperty("stages")[0];
        stage.GetProperty("cost").ValueKind.Should().Be(JsonValueKind.Null);
        stage.GetProperty("not_available").GetProperty("cost").GetString().Should().Be("the facts have no cost_inbound_logistics column");
    }

    [Fact]
    public void ValueChain_Table_ShowsStrainedLinkagesAndTheMissingCostColumns()
    {
        CliResult result = CliRunner.Run("value-chain", "--facts", SharedFixtures.PathOf("sales_trap.csv"));

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("STRAINED      promo_intensity_vs_fill_rate\n");
        result.Stdout.Should().Contain("promo_intensity 0.01 → 0.12 (+0.11; threshold 0.02 rising)  [moved]");
        result.Stdout.Should().Contain("stage costs: not available for 9 of 9 stages");
        result.Stdout.Should().Contain("6 strained linkages");
    }

    [Fact]
    public void ValueChain_CostColumns_SharesAndMarginByHand()
    {
        string dir = Directory.CreateTempSubdirectory("salesops-cli-").FullName;
        try
        {
            string path = Path.Combine(dir, "facts.csv");
            File.WriteAllText(
                path,
                $"date,revenue,{NineCosts}\n" +
                "2024-01-10,1000.00,50,100,50,200,25,25,25,15,10\n" +
                "2024-02-10,1200.00,50,100,50,300,25,25,25,15,10\n");

            CliResult json = CliRunner.Run("value-chain", "--facts", path, "--format", "json");
            CliResult table = CliRunner.Run("value-chain", "--facts", path);

            json.ExitCode.Should().Be(0, json.Stderr);
            using JsonDocument doc = JsonDocument.Parse(json.Stdout);
            JsonElement jan = doc.RootElement.GetProperty("periods")[0];
            jan.GetProperty("total_cost").GetDecimal().Should().Be(500m);
            jan.GetProperty("margin").GetDecimal().Should().Be(500m);
            jan.GetProperty("margin_rate").GetDecimal().Should().Be(0.5m);
            jan.GetProperty("stages")[3].GetProperty("stage").GetString().Should().Be("marketing_sales");
            jan.GetProperty("stages")[3].GetProperty("share").GetDecimal().Should().Be(0.4m);
            jan.GetProperty("stages")[3].GetProperty("cost_to_revenue").GetDecimal().Should().Be(0.2m);
            JsonElement feb = doc.RootElement.GetProperty("periods")[1];
            feb.GetProperty("revenue_growth").GetDecimal().Should().Be(0.2m);
            feb.GetProperty("stages")[3].GetProperty("cost_growth").GetDecimal().Should().Be(0.5m);
            feb.GetProperty("stages")[3].GetProperty("growth_gap").GetDecimal().Should().Be(0.3m);
            table.Stdout.Should().Contain("Stage costs (share of total)");
            table.Stdout.Should().Contain("200.00 (40.0%)");
            table.Stdout.Should().NotContain("stage costs: not available");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ValueChain_UnknownFormat_ExitsOneWithTheAllowedValues()
    {
        CliResult result = CliRunner.Run("value-chain", "--facts", SharedFixtures.PathOf("balanced.csv"), "--format", "csv");

        result.ExitCode.Should().Be(1);
        result.Stderr.Trim().Should().Be("error: unknown format 'csv'; allowed values: table, json");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void ValueChain_MissingFacts_IsAUsageError()
    {
        CliRunner.Run("value-chain").ExitCode.Should().Be(2);
    }
}
