using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Scorecards;
using SalesOps.Sdk.Tests.Packaging;

namespace SalesOps.Sdk.Tests.Scorecards;

public class ScorecardDocsTests
{
    [Fact]
    public void DocsExampleDefinition_LoadsAndIsValid()
    {
        string page = File.ReadAllText(Path.Combine(CoreDependencyTests.RepositoryRoot(), "docs", "scorecards.md"));
        int anchor = page.IndexOf("\"id\": \"store_card\"", StringComparison.Ordinal);
        int start = page.LastIndexOf("```json", anchor, StringComparison.Ordinal) + "```json".Length;
        int end = page.IndexOf("```", anchor, StringComparison.Ordinal);

        ScorecardDefinition definition = ScorecardJson.Deserialize(page[start..end]);

        definition.Calendar.Should().Be(ReportingCalendars.Nrf454);
        definition.EffectivePerspectives.Single(p => p.Id == "customer").Weight.Should().Be(2m);
        new ScorecardDefinitionValidator().Validate(definition).Errors.Should().BeEmpty();
    }

    [Fact]
    public void ScorecardDefinitionException_Message_ListsEveryProblem()
    {
        ScorecardDefinition bad = ScorecardTestData.Valid() with { Id = "bad", StrategyMap = [ScorecardTestData.Link("f1", "f1")], Name = " " };

        Action act = () => _ = new ScorecardEvaluator(bad, ScorecardTestData.Catalog);

        act.Should().Throw<ScorecardDefinitionException>()
            .WithMessage("Scorecard 'bad' is invalid (2 problems): name: a scorecard needs a name; strategy_map: the links form a cycle: f1 -> f1");
    }
}
