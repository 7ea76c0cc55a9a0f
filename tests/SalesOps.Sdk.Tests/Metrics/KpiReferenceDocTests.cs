using System.Text;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Tests.Packaging;

namespace SalesOps.Sdk.Tests.Metrics;

/// <summary>
/// docs/kpis.md is generated from the catalog; this test fails when the two disagree. To regenerate after changing a
/// metric: <c>SALESOPS_UPDATE_DOCS=1 dotnet test --filter KpiReferenceDoc</c>.
/// </summary>
public class KpiReferenceDocTests
{
    [Fact]
    public void KpisDocument_MatchesTheCatalog()
    {
        string path = Path.Combine(CoreDependencyTests.RepositoryRoot(), "docs", "kpis.md");
        string expected = Render(MetricCatalog.Standard);
        if (Environment.GetEnvironmentVariable("SALESOPS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.Exists(path).Should().BeTrue("docs/kpis.md documents the catalog");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(
            expected,
            "docs/kpis.md must be regenerated from the catalog (SALESOPS_UPDATE_DOCS=1 dotnet test --filter KpiReferenceDoc)");
    }

    internal static string Render(MetricCatalog catalog)
    {
        var text = new StringBuilder();
        text.Append("# KPI reference\n\n");
        text.Append("Generated from `StandardMetrics` — a test fails when this page and the code disagree. Every value is computed\n");
        text.Append("per period × segment over the rows of that period; \"dates\" are the distinct dates with rows. A division by\n");
        text.Append("zero or a missing input column gives *not available* with the reason, never NaN. The first table is the\n");
        text.Append("canonical KPI pack the `kpis` command prints by default.\n\n");
        var pack = new HashSet<string>(StandardMetrics.KpiPack, StringComparer.Ordinal);
        AppendTable(text, "The KPI pack", StandardMetrics.KpiPack.Select(id => catalog[id].Definition));
        AppendTable(
            text,
            "More KPIs",
            StandardMetrics.All.Select(m => m.Definition).Where(d => !pack.Contains(d.Id)));
        text.Append("## What each KPI tells\n\n");
        foreach (MetricDefinition d in StandardMetrics.All.Select(m => m.Definition))
        {
            text.Append("- **`").Append(d.Id).Append("`** — ").Append(d.Description);
            if (d.Dependencies.Length > 0)
            {
                text.Append(" Depends on: ").Append(string.Join(", ", d.Dependencies.Select(x => $"`{x}`"))).Append('.');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, string title, IEnumerable<MetricDefinition> definitions)
    {
        text.Append("## ").Append(title).Append("\n\n");
        text.Append("| id | name | formula | unit | direction | owner | perspective | stage | source |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (MetricDefinition d in definitions)
        {
            text.Append("| `").Append(d.Id).Append("` | ").Append(d.DisplayName).Append(" | ").Append(d.Formula.Replace("|", "\\|", StringComparison.Ordinal))
                .Append(" | ").Append(d.Unit.ToString().ToLowerInvariant())
                .Append(" | ").Append(Direction(d.Direction))
                .Append(" | ").Append(d.Owner.ToString().ToLowerInvariant())
                .Append(" | ").Append(d.Perspective ?? "")
                .Append(" | ").Append(d.Stage ?? "")
                .Append(" | ").Append(d.Reference)
                .Append(" |\n");
        }

        text.Append('\n');
    }

    private static string Direction(MetricDirection direction) => direction switch
    {
        MetricDirection.HigherIsBetter => "higher is better",
        MetricDirection.LowerIsBetter => "lower is better",
        _ => "target is best",
    };
}
