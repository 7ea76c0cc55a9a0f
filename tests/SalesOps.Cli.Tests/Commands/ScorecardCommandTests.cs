using System.Text.Json;
using SalesOps.Sdk.Scorecards;

namespace SalesOps.Cli.Tests.Commands;

public class ScorecardCommandTests
{
    private static string Balanced => SharedFixtures.PathOf("balanced.csv");

    [Fact]
    public void Scorecard_Json_HasTheDocumentedShapeForTheLatestPeriod()
    {
        CliResult result = CliRunner.Run("scorecard", "--facts", Balanced, "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("scorecard", "period", "overall", "perspectives", "strategy_map");
        root.GetProperty("scorecard").GetString().Should().Be("retail");
        root.GetProperty("period").EnumerateObject().Select(p => p.Name).Should().Equal("period", "start", "end");
        root.GetProperty("period").GetProperty("period").GetString().Should().Be("2024-06");
        root.GetProperty("period").GetProperty("start").GetString().Should().Be("2024-06-01");
        root.GetProperty("overall").EnumerateObject().Select(p => p.Name).Should().Equal("score", "status");
        root.GetProperty("overall").GetProperty("status").GetString().Should().Be("green");

        JsonElement[] perspectives = [.. root.GetProperty("perspectives").EnumerateArray()];
        perspectives.Select(p => p.GetProperty("id").GetString()).Should().Equal("financial", "customer", "internal_process", "learning_growth");
        perspectives[0].EnumerateObject().Select(p => p.Name).Should().Equal("id", "name", "weight", "score", "status", "objectives");
        JsonElement objective = perspectives[0].GetProperty("objectives")[0];
        objective.EnumerateObject().Select(p => p.Name).Should().Equal("id", "name", "weight", "score", "status", "indicators");
        objective.GetProperty("indicators")[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "metric", "weight", "actual", "baseline", "target", "scoring", "score", "status", "trend", "note");
        root.GetProperty("strategy_map").EnumerateObject().Select(p => p.Name).Should().Equal("links", "broken_linkages", "early_warnings");
    }

    [Fact]
    public void Scorecard_Json_MissingKpiHasNullScoreWithANoteNeverZero()
    {
        CliResult result = CliRunner.Run("scorecard", "--facts", Balanced, "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement satisfaction = json.RootElement.GetProperty("perspectives").EnumerateArray()
            .SelectMany(p => p.GetProperty("objectives").EnumerateArray())
            .SelectMany(o => o.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("metric").GetString() == "customer_satisfaction");
        satisfaction.GetProperty("actual").ValueKind.Should().Be(JsonValueKind.Null);
        satisfaction.GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null);
        satisfaction.GetProperty("status").ValueKind.Should().Be(JsonValueKind.Null);
        satisfaction.GetProperty("note").GetString().Should().Contain("missing measure 'satisfaction_points'");
        JsonElement learning = json.RootElement.GetProperty("perspectives")[3];
        learning.GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Scorecard_JsonScores_MatchTheLibrary()
    {
        CliResult result = CliRunner.Run("scorecard", "--facts", SharedFixtures.PathOf("sales_trap.csv"), "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        decimal overall = root.GetProperty("overall").GetProperty("score").GetDecimal();
        overall.Should().BeInRange(0m, 0.5m);
        root.GetProperty("overall").GetProperty("status").GetString().Should().Be("red");
        JsonElement warning = root.GetProperty("strategy_map").GetProperty("early_warnings").EnumerateArray().Single();
        warning.GetProperty("cause").GetString().Should().Be("keep_shelves_full");
        warning.GetProperty("effect").GetString().Should().Be("grow_revenue");
    }

    [Fact]
    public void Scorecard_Table_ShowsTheFourPerspectivesWithoutColourWhenRedirected()
    {
        CliResult result = CliRunner.Run("scorecard", "--facts", Balanced);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("period 2024-06").And.Contain("overall: ").And.Contain("Financial").And.Contain("Customer")
            .And.Contain("Internal process").And.Contain("Learning and growth").And.Contain("customer_satisfaction");
        result.Stdout.Should().NotContain("\u001b[");
        result.Stdout.Should().Contain("notes:").And.Contain("excluded from the roll-up");
    }

    [Fact]
    public void Scorecard_TableOnATerminal_ColoursTheStatusCells()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int exit = SalesOpsApp.Run(["scorecard", "--facts", SharedFixtures.PathOf("sales_trap.csv")], stdout, stderr, colour: true);

        exit.Should().Be(0, stderr.ToString());
        string text = stdout.ToString();
        text.Should().Contain("\u001b[31m").And.Contain("\u001b[32m").And.Contain("\u001b[0m");
        string plain = text.Replace("\u001b[31m", string.Empty, StringComparison.Ordinal).Replace("\u001b[32m", string.Empty, StringComparison.Ordinal)
            .Replace("\u001b[33m", string.Empty, StringComparison.Ordinal).Replace("\u001b[0m", string.Empty, StringComparison.Ordinal);
        plain.Should().Be(CliRunner.Run("scorecard", "--facts", SharedFixtures.PathOf("sales_trap.csv")).Stdout);
    }

    [Fact]
    public void Scorecard_Period_EvaluatesThatPeriodAndTrendsAgainstTheOneBefore()
    {
        CliResult result = CliRunner.Run("scorecard", "--facts", Balanced, "--period", "2024-03", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("period").GetProperty("period").GetString().Should().Be("2024-03");
    }

    [Fact]
    public void Scorecard_FirstPeriod_HasNullTrends()
    {
        CliResult result = CliRunner.Run("scorecard", "--facts", Balanced, "--period", "2024-01", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("perspectives")[0].GetProperty("objectives")[1].GetProperty("indicators")[0]
            .GetProperty("trend").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Scorecard_UnknownPeriod_FailsListingThePeriods()
    {
        CliResult result = CliRunner.Run("scorecard", "--facts", Balanced, "--period", "2023-12");

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("error: period '2023-12' is not in the data; its periods: 2024-01, 2024-02");
    }

    [Fact]
    public void Scorecard_ServicesPreset_EvaluatesWhatTheDataHas()
    {
        CliResult result = CliRunner.Run("scorecard", "--facts", Balanced, "--preset", "services", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("scorecard").GetString().Should().Be("services");
        json.RootElement.GetProperty("perspectives")[1].GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Scorecard_GrainOption_OverridesTheDefinitionsGrain()
    {
        CliResult result = CliRunner.Run("scorecard", "--facts", Balanced, "--grain", "quarter", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("period").GetProperty("start").GetString().Should().Be("2024-04-01");
        json.RootElement.GetProperty("period").GetProperty("end").GetString().Should().Be("2024-06-30");
    }

    [Fact]
    public void Scorecard_DefinitionFile_IsLoadedAndUsed()
    {
        string path = Path.Combine(Path.GetTempPath(), $"scorecard-{Guid.NewGuid():N}.json");
        ScorecardDefinition custom = ScorecardPresets.Retail.WithIndicator("gross_margin_rate", i => i with { Baseline = 0.5m, Target = 0.6m }) with { Id = "mine" };
        File.WriteAllText(path, ScorecardJson.Serialize(custom));
        try
        {
            CliResult result = CliRunner.Run("scorecard", "--facts", Balanced, "--definition", path, "--format", "json");

            result.ExitCode.Should().Be(0, result.Stderr);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            json.RootElement.GetProperty("scorecard").GetString().Should().Be("mine");
            JsonElement margin = json.RootElement.GetProperty("perspectives")[0].GetProperty("objectives")[1].GetProperty("indicators")[0];
            margin.GetProperty("metric").GetString().Should().Be("gross_margin_rate");
            margin.GetProperty("score").GetDecimal().Should().Be(0m);
            margin.GetProperty("status").GetString().Should().Be("red");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Scorecard_InvalidDefinitionFile_ListsEveryProblemWithItsPath()
    {
        string path = Path.Combine(Path.GetTempPath(), $"scorecard-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "id": "bad", "name": "Bad",
              "objectives": [ { "id": "o", "name": "O", "perspective": "finance", "weight": 0,
                                "indicators": [ { "metric": "gross_margin_ratio" } ] } ] }
            """);
        try
        {
            CliResult result = CliRunner.Run("scorecard", "--facts", Balanced, "--definition", path);

            result.ExitCode.Should().Be(1);
            result.Stderr.Should().Contain("objectives[0].perspective: unknown perspective 'finance'")
                .And.Contain("objectives[0].weight: weight 0 must be positive")
                .And.Contain("objectives[0].indicators[0].metric: unknown metric 'gross_margin_ratio'")
                .And.Contain("error: scorecard 'bad' is invalid: 3 problem(s), listed above");
            result.Stdout.Should().BeEmpty();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Scorecard_MalformedDefinitionFile_FailsNamingTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"scorecard-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "id": "x", "name": "x", "grain": "fortnight" }""");
        try
        {
            CliResult result = CliRunner.Run("scorecard", "--facts", Balanced, "--definition", path);

            result.ExitCode.Should().Be(1);
            result.Stderr.Should().Contain($"error: {Path.GetFileName(path)}: not a scorecard definition: grain 'fortnight' is not a grain");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new[] { "--preset", "wholesale" }, "unknown preset 'wholesale'; allowed values: retail, services")]
    [InlineData(new[] { "--preset", "retail", "--definition", "x.json" }, "give either --definition or --preset, not both")]
    [InlineData(new[] { "--format", "csv" }, "unknown format 'csv'; allowed values: table, json")]
    [InlineData(new[] { "--definition", "no-such-file.json" }, "no-such-file.json: file not found")]
    public void Scorecard_BadOptions_FailWithOneClearLine(string[] options, string message)
    {
        CliResult result = CliRunner.Run(["scorecard", "--facts", Balanced, .. options]);

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain(message);
    }
}
