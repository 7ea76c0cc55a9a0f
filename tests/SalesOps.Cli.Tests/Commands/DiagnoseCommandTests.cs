using System.Text.Json;

namespace SalesOps.Cli.Tests.Commands;

public class DiagnoseCommandTests
{
    [Theory]
    [InlineData("balanced.csv", null)]
    [InlineData("sales_trap.csv", "sales_driven_trap")]
    [InlineData("ops_trap.csv", "operations_driven_trap")]
    [InlineData("silo.csv", "silo_friction")]
    public void Diagnose_Json_HasTheDocumentedShapeAndFinding(string file, string? expected)
    {
        CliResult result = CliRunner.Run("diagnose", "--facts", SharedFixtures.PathOf(file), "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        root.GetProperty("orientation").GetProperty("declared").GetString().Should().Be("balanced");
        root.GetProperty("orientation").GetProperty("measured").GetString().Should().BeOneOf("operations_led", "balanced", "sales_led");
        foreach (string name in new[] { "balance_index", "sales_momentum", "operational_health", "synergy" })
        {
            root.GetProperty(name).ValueKind.Should().Be(JsonValueKind.Number, name);
        }

        string[] ids = [.. root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)];
        if (expected is null)
        {
            ids.Should().NotContain(["sales_driven_trap", "operations_driven_trap", "silo_friction"]);
        }
        else
        {
            ids.Should().Contain(expected);
            JsonElement finding = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("id").GetString() == expected);
            foreach (string name in new[] { "severity", "title", "narrative" })
            {
                finding.GetProperty(name).GetString().Should().NotBeNullOrWhiteSpace(name);
            }

            finding.GetProperty("evidence").GetArrayLength().Should().BePositive();
            finding.GetProperty("recommendations").GetArrayLength().Should().BePositive();
            finding.GetProperty("stages").GetArrayLength().Should().BePositive();
        }
    }

    [Fact]
    public void Diagnose_SalesTrapDeclaredOperationsLed_GapIsLarge()
    {
        CliResult result = CliRunner.Run("diagnose", "--facts", SharedFixtures.PathOf("sales_trap.csv"), "--format", "json", "--orientation", "operations-led");

        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement orientation = json.RootElement.GetProperty("orientation");
        orientation.GetProperty("declared").GetString().Should().Be("operations_led");
        orientation.GetProperty("gap").GetDecimal().Should().Be(json.RootElement.GetProperty("balance_index").GetDecimal() + 0.3m);
    }

    [Fact]
    public void Diagnose_Table_ShowsTheIndexFindingsEvidenceAndLevers()
    {
        CliResult result = CliRunner.Run("diagnose", "--facts", SharedFixtures.PathOf("sales_trap.csv"));

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("balance index").And.Contain("[CRITICAL] sales_driven_trap").And.Contain("Evidence:").And.Contain("Levers:");
    }

    [Theory]
    [InlineData("--orientation", "growth-first", "unknown orientation 'growth-first'")]
    [InlineData("--preset", "banking", "unknown preset 'banking'")]
    [InlineData("--format", "csv", "unknown format 'csv'")]
    public void Diagnose_BadOption_OneErrorLineExitOne(string option, string value, string message)
    {
        CliResult result = CliRunner.Run("diagnose", "--facts", SharedFixtures.PathOf("balanced.csv"), option, value);

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().StartWith("error: ").And.Contain(message);
    }
}

public class DiagnoseInsufficientHistoryTests
{
    [Fact]
    public void Diagnose_TwoQuarters_SaysInsufficientHistoryInsteadOfGuessing()
    {
        CliResult table = CliRunner.Run("diagnose", "--facts", SharedFixtures.PathOf("sales_trap.csv"), "--grain", "quarter");
        CliResult json = CliRunner.Run("diagnose", "--facts", SharedFixtures.PathOf("sales_trap.csv"), "--grain", "quarter", "--format", "json");

        table.ExitCode.Should().Be(0);
        table.Stdout.Should().StartWith("note: insufficient history: 2 period(s)");
        using var doc = System.Text.Json.JsonDocument.Parse(json.Stdout);
        doc.RootElement.GetProperty("balance_index").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        doc.RootElement.GetProperty("findings").GetArrayLength().Should().Be(0);
        doc.RootElement.GetProperty("notes")[0].GetString().Should().Contain("insufficient history");
    }
}
