using System.Text.Json;

namespace SalesOps.Cli.Tests.Commands;

public class ReinvestCommandTests
{
    [Fact]
    public void Reinvest_Balanced_JsonHasBudgetArithmeticAndEveryCandidateAccountedFor()
    {
        CliResult result = CliRunner.Run("reinvest", "--facts", SharedFixtures.PathOf("balanced.csv"), "--format", "json", "--share", "0.5");

        result.ExitCode.Should().Be(0, result.Stderr);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement budget = json.RootElement.GetProperty("budget");
        decimal incremental = budget.GetProperty("incremental_gross_profit").GetDecimal();
        incremental.Should().Be(budget.GetProperty("current_gross_profit").GetDecimal() - budget.GetProperty("comparison_gross_profit").GetDecimal());
        budget.GetProperty("total").GetDecimal().Should().Be(decimal.Round(0.5m * incremental, 2, MidpointRounding.ToEven));
        budget.GetProperty("available").GetDecimal().Should().Be(budget.GetProperty("total").GetDecimal() - budget.GetProperty("reserve").GetDecimal());
        (json.RootElement.GetProperty("funded").GetArrayLength() + json.RootElement.GetProperty("unfunded").GetArrayLength()).Should().Be(5);
        json.RootElement.GetProperty("method").GetString().Should().Be("branch_and_bound");
    }

    [Fact]
    public void Reinvest_OwnInitiativesFile_IsUsedAndTheCheapOneFunded()
    {
        string dir = Directory.CreateTempSubdirectory("salesops-reinvest-").FullName;
        try
        {
            string path = Path.Combine(dir, "initiatives.json");
            File.WriteAllText(path, """
                {"initiatives": [{"id": "shelf_check", "name": "Daily shelf check", "stage": "operations", "cost": 1000,
                  "effects": [{"metric_id": "revenue", "kind": "relative", "change": 0.01}], "months_to_effect": 1, "confidence": 0.9}]}
                """);

            CliResult result = CliRunner.Run("reinvest", "--facts", SharedFixtures.PathOf("balanced.csv"), "--format", "json", "--initiatives", path);

            result.ExitCode.Should().Be(0, result.Stderr);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            json.RootElement.GetProperty("funded").EnumerateArray().Single().GetProperty("id").GetString().Should().Be("shelf_check");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Reinvest_InvalidInitiativesFile_OneLineNamingFileAndPath()
    {
        string dir = Directory.CreateTempSubdirectory("salesops-reinvest-").FullName;
        try
        {
            string path = Path.Combine(dir, "bad.json");
            File.WriteAllText(path, """{"initiatives": [{"id": "x", "name": "X", "stage": "operations", "cost": -1, "effects": [{"metric_id": "nope", "kind": "relative", "change": 0.1}], "months_to_effect": 1, "confidence": 0.5}]}""");

            CliResult result = CliRunner.Run("reinvest", "--facts", SharedFixtures.PathOf("balanced.csv"), "--initiatives", path);

            result.ExitCode.Should().Be(1);
            result.Stderr.Trim().Split('\n').Should().ContainSingle();
            result.Stderr.Should().Contain("initiatives[0].cost").And.Contain("initiatives[0].effects[0].metric_id");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Reinvest_SalesTrap_SaysThereIsNoIncrementalGrossProfit()
    {
        CliResult result = CliRunner.Run("reinvest", "--facts", SharedFixtures.PathOf("sales_trap.csv"));

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("no incremental gross profit");
    }

    [Theory]
    [InlineData("--share", "1.5", "--share 1.5")]
    [InlineData("--preset", "banking", "unknown preset 'banking'")]
    [InlineData("--currency", "DOLLARS", "DOLLARS")]
    public void Reinvest_BadOption_ExitsOne(string option, string value, string message)
    {
        CliResult result = CliRunner.Run("reinvest", "--facts", SharedFixtures.PathOf("balanced.csv"), option, value);

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain(message);
    }
}
