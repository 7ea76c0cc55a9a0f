using System.Text.Json;
using FsCheck.Xunit;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Scorecards;
using SalesOps.Sdk.Tests.Packaging;

namespace SalesOps.Sdk.Tests.Scorecards;

public class ScorecardJsonTests
{
    private static readonly ReportingCalendar[] Calendars = [ReportingCalendars.Gregorian, ReportingCalendars.Nrf454, ReportingCalendars.FourFourFive];
    private static readonly string[] Methods = [ScoringMethods.Linear, ScoringMethods.MinMax, ScoringMethods.Bands, ScoringMethods.Binary, "custom"];

    [Property(MaxTest = 100)]
    public void SerializeThenDeserialize_AnyDefinition_GivesAnEquivalentDefinitionAndTheSameJson(
        string? id, decimal weight, decimal? baseline, decimal? target, decimal? min, decimal? max, decimal[]? bands, byte choice, bool flag, decimal? budget)
    {
        bands ??= [];
        var definition = new ScorecardDefinition
        {
            Id = id ?? "id",
            Name = "name \"quoted\" ✓",
            Calendar = Calendars[choice % Calendars.Length],
            Grain = (PeriodGrain)(choice % 5),
            Perspectives = flag ? [Perspective.Customer with { Weight = weight }, new Perspective { Id = "extra", Name = "Extra" }] : [],
            Objectives =
            [
                new Objective
                {
                    Id = "o1",
                    Name = "Objective",
                    Perspective = "customer",
                    Weight = weight,
                    Owner = flag ? (BusinessFunction)(choice % 5) : null,
                    Indicators =
                    [
                        new Indicator
                        {
                            Metric = "fill_rate",
                            Weight = weight,
                            Baseline = baseline,
                            Target = target,
                            Min = min,
                            Max = max,
                            Scoring = Methods[choice % Methods.Length],
                            Direction = flag ? (MetricDirection)(choice % 3) : null,
                            Thresholds = [.. bands.Select((b, i) => new ScoreBand { At = b, Score = weight, Status = (ScoreStatus)(i % 3) })],
                        },
                    ],
                },
            ],
            StrategyMap = flag ? [new StrategyLink { Cause = "o1", Effect = "o2" }] : [],
            Initiatives = [new Initiative { Id = "i", Name = "I", Objectives = ["o1"], Budget = budget, Status = (InitiativeStatus)(choice % 5) }],
            StatusThresholds = new StatusThresholds { Green = weight, Amber = baseline ?? 0.5m },
        };

        string json = ScorecardJson.Serialize(definition);
        ScorecardDefinition read = ScorecardJson.Deserialize(json);

        read.Should().BeEquivalentTo(definition);
        read.Calendar.Should().Be(definition.Calendar);
        ScorecardJson.Serialize(read).Should().Be(json);
    }

    [Fact]
    public void Serialize_Preset_UsesSnakeCaseNamesAndEnumNames()
    {
        string json = ScorecardJson.Serialize(ScorecardPresets.Retail);

        json.Should().Contain("\"strategy_map\"").And.Contain("\"status_thresholds\"").And.Contain("\"calendar\": \"gregorian\"")
            .And.Contain("\"grain\": \"month\"").And.Contain("\"direction\": \"lower_is_better\"").And.Contain("\"status\": \"green\"")
            .And.Contain("\"owner\": \"operations\"").And.Contain("\"scoring\": \"min_max\"");
        json.Should().NotContain("null");
    }

    [Fact]
    public void Deserialize_MinimalDefinition_TakesTheDocumentedDefaults()
    {
        ScorecardDefinition definition = ScorecardJson.Deserialize("""
            { "id": "mini", "name": "Mini",
              "objectives": [ { "id": "o", "name": "O", "perspective": "financial", "indicators": [ { "metric": "revenue_growth", "baseline": 0, "target": 0.1 } ] } ] }
            """);

        definition.Calendar.Should().Be(ReportingCalendars.Gregorian);
        definition.Grain.Should().Be(PeriodGrain.Month);
        definition.StatusThresholds.Should().Be(StatusThresholds.Default);
        definition.Objectives[0].Weight.Should().Be(1m);
        definition.Objectives[0].Indicators[0].Scoring.Should().Be("linear");
        definition.Objectives[0].Indicators[0].Weight.Should().Be(1m);
        definition.Objectives[0].Indicators[0].Direction.Should().BeNull();
        definition.Perspectives.Should().BeEmpty();
        definition.StrategyMap.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{ "name": "x" }""", "*id*")]
    [InlineData("""{ "id": "x", "name": "x", "objectivs": [] }""", "*objectivs*")]
    [InlineData("""{ "id": "x", "name": "x", "objectives": [ { "id": "o", "name": "O", "perspective": "financial", "indicators": [ { "metric": "m", "direction": "up" } ] } ] }""", "*direction*")]
    [InlineData("""{ "id": "x", "name": "x", "grain": "fortnight" }""", "*grain 'fortnight' is not a grain*")]
    [InlineData("""{ "id": "x", "name": "x", "calendar": "julian" }""", "*calendar*julian*")]
    [InlineData("""null""", "*must be a JSON object*")]
    public void Deserialize_BadJson_ThrowsJsonExceptionNamingThePlace(string json, string message)
    {
        Action act = () => ScorecardJson.Deserialize(json);

        act.Should().Throw<JsonException>().WithMessage(message);
    }

    [Fact]
    public void Deserialize_ExplicitNullList_ThrowsNamingThePath()
    {
        Action act = () => ScorecardJson.Deserialize("""{ "id": "x", "name": "x", "objectives": null }""");

        act.Should().Throw<JsonException>().WithMessage("*$.objectives*");
    }

    [Fact]
    public void Serialize_DefaultLists_AreWrittenAsEmpty()
    {
        string json = ScorecardJson.Serialize(new ScorecardDefinition { Id = "x", Name = "x", Objectives = default, StrategyMap = default });

        ScorecardJson.Deserialize(json).Objectives.Should().BeEmpty();
    }

    [Theory]
    [InlineData("retail")]
    [InlineData("services")]
    public void Presets_SerializedJson_ConformToTheSchemaFile(string name)
    {
        ScorecardPresets.TryFromName(name, out ScorecardDefinition? preset).Should().BeTrue();
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(CoreDependencyTests.RepositoryRoot(), "docs", "scorecard.schema.json")));
        using JsonDocument document = JsonDocument.Parse(ScorecardJson.Serialize(preset!));

        SchemaCheck.Problems(schema.RootElement, document.RootElement).Should().BeEmpty();
    }

    [Fact]
    public void SchemaFile_DeclaresEveryPropertyTheModelWrites()
    {
        // A definition with every optional field set: the schema must know each property name.
        ScorecardDefinition full = ScorecardPresets.Retail with
        {
            Perspectives = [Perspective.Financial with { Weight = 2m }],
            Objectives = [.. ScorecardPresets.Retail.Objectives, new Objective
            {
                Id = "x", Name = "X", Perspective = "customer", Owner = BusinessFunction.Sales,
                Indicators = [new Indicator { Metric = "fill_rate", Min = 0m, Max = 1m, Baseline = 0m, Target = 1m, Direction = MetricDirection.HigherIsBetter, Scoring = ScoringMethods.MinMax }],
            }],
            Initiatives = [new Initiative { Id = "i", Name = "I", Budget = 10m, Status = InitiativeStatus.OnHold, Objectives = ["x"] }],
        };
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(CoreDependencyTests.RepositoryRoot(), "docs", "scorecard.schema.json")));
        using JsonDocument document = JsonDocument.Parse(ScorecardJson.Serialize(full));

        SchemaCheck.Problems(schema.RootElement, document.RootElement).Should().BeEmpty();
        SchemaCheck.Problems(schema.RootElement, JsonDocument.Parse("""{ "id": "x", "name": "x", "extra": 1 }""").RootElement)
            .Should().ContainSingle().Which.Should().Contain("extra");
    }

    [Theory]
    [InlineData("retail")]
    [InlineData("services")]
    public void PresetFiles_InDocs_AreTheSerializedPresets(string name)
    {
        ScorecardPresets.TryFromName(name, out ScorecardDefinition? preset).Should().BeTrue();
        string path = Path.Combine(CoreDependencyTests.RepositoryRoot(), "docs", "presets", $"{name}.scorecard.json");
        string expected = ScorecardJson.Serialize(preset!).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("SALESOPS_UPDATE_PRESET_FILES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(expected, "docs/presets holds the presets as JSON to copy and edit");
    }
}
