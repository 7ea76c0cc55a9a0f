using System.Text.Json;

namespace SalesOps.Cli.Tests.Commands;

public class KpisCommandTests
{
    private static readonly HashSet<string> Exact = ["revenue", "units_sold", "cogs", "gross_margin", "ending_inventory_units"];

    [Theory]
    [InlineData("gregorian", "month", "retail_small.gregorian-month.json")]
    [InlineData("gregorian", "quarter", "retail_small.gregorian-quarter.json")]
    [InlineData("nrf-454", "month", "retail_small.nrf-454-month.json")]
    public void Kpis_RetailSmallJson_ReproducesTheFixtureValues(string calendar, string grain, string expectedFile)
    {
        CliResult result = CliRunner.Run("kpis", "--facts", SharedFixtures.PathOf("retail_small.csv"), "--calendar", calendar, "--grain", grain, "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using JsonDocument actual = JsonDocument.Parse(result.Stdout);
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(SharedFixtures.PathOf(expectedFile)));
        actual.RootElement.GetProperty("calendar").GetString().Should().Be(expected.RootElement.GetProperty("calendar").GetString());
        actual.RootElement.GetProperty("grain").GetString().Should().Be(grain);
        JsonElement[] got = [.. actual.RootElement.GetProperty("periods").EnumerateArray()];
        JsonElement[] want = [.. expected.RootElement.GetProperty("periods").EnumerateArray()];
        got.Should().HaveCount(want.Length);
        for (int i = 0; i < want.Length; i++)
        {
            foreach (string field in new[] { "period", "start", "end" })
            {
                got[i].GetProperty(field).GetString().Should().Be(want[i].GetProperty(field).GetString());
            }

            foreach (JsonProperty kpi in want[i].GetProperty("kpis").EnumerateObject())
            {
                JsonElement value = got[i].GetProperty("kpis").GetProperty(kpi.Name);
                if (kpi.Value.ValueKind == JsonValueKind.Null)
                {
                    value.ValueKind.Should().Be(JsonValueKind.Null, kpi.Name);
                }
                else if (Exact.Contains(kpi.Name))
                {
                    value.GetDecimal().Should().Be(kpi.Value.GetDecimal(), kpi.Name);
                }
                else
                {
                    double w = kpi.Value.GetDouble();
                    Math.Abs(value.GetDouble() - w).Should().BeLessThanOrEqualTo(1e-9 * Math.Max(Math.Abs(w), 1e-12), kpi.Name);
                }
            }
        }
    }

    [Fact]
    public void Kpis_SegmentByStore_EachEntryCarriesItsSegmentAndRevenueSumsToTotal()
    {
        CliResult total = CliRunner.Run("kpis", "--facts", SharedFixtures.PathOf("retail_small.csv"), "--format", "json", "--metrics", "revenue");
        CliResult byStore = CliRunner.Run("kpis", "--facts", SharedFixtures.PathOf("retail_small.csv"), "--format", "json", "--metrics", "revenue", "--segment-by", "store");

        byStore.ExitCode.Should().Be(0, byStore.Stderr);
        using JsonDocument t = JsonDocument.Parse(total.Stdout);
        using JsonDocument s = JsonDocument.Parse(byStore.Stdout);
        JsonElement[] stores = [.. s.RootElement.GetProperty("periods").EnumerateArray()];
        stores.Select(p => p.GetProperty("segment").GetString()).Distinct().Should().BeEquivalentTo(["S00", "S01"]);
        foreach (JsonElement period in t.RootElement.GetProperty("periods").EnumerateArray())
        {
            string label = period.GetProperty("period").GetString()!;
            stores.Where(p => p.GetProperty("period").GetString() == label)
                .Sum(p => p.GetProperty("kpis").GetProperty("revenue").GetDecimal())
                .Should().Be(period.GetProperty("kpis").GetProperty("revenue").GetDecimal());
        }
    }

    [Fact]
    public void Kpis_Csv_HasHeaderAndOneLinePerPeriod()
    {
        CliResult result = CliRunner.Run("kpis", "--facts", SharedFixtures.PathOf("retail_small.csv"), "--format", "csv", "--metrics", "revenue,wape");

        result.ExitCode.Should().Be(0, result.Stderr);
        string[] lines = result.Stdout.TrimEnd('\n').Split('\n');
        lines[0].Should().Be("period,start,end,revenue,wape");
        lines.Should().HaveCount(6);
        lines[1].Should().StartWith("2024-01,2024-01-01,2024-01-31,500268.23,");
    }

    [Fact]
    public void Kpis_Table_ListsEveryKpiOfThePack()
    {
        CliResult result = CliRunner.Run("kpis", "--facts", SharedFixtures.PathOf("retail_small.csv"), "--grain", "quarter");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("2024-Q1").And.Contain("revenue").And.Contain("1,495,727.34").And.Contain("days_of_supply");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("16")]
    public void Kpis_Threads_GivesTheSameOutput(string threads)
    {
        CliResult expected = CliRunner.Run("kpis", "--facts", SharedFixtures.PathOf("balanced.csv"), "--format", "json");
        CliResult result = CliRunner.Run("kpis", "--facts", SharedFixtures.PathOf("balanced.csv"), "--format", "json", "--threads", threads);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Be(expected.Stdout);
    }

    [Theory]
    [InlineData("--metrics", "no_such_metric", "unknown metric 'no_such_metric'")]
    [InlineData("--threads", "0", "--threads must be at least 1, not 0")]
    [InlineData("--calendar", "julian", "unknown calendar 'julian'")]
    [InlineData("--grain", "decade", "unknown grain 'decade'")]
    [InlineData("--format", "xml", "unknown format 'xml'")]
    [InlineData("--segment-by", "region", "cannot segment by 'region'")]
    public void Kpis_BadOption_OneErrorLineAndExitOne(string option, string value, string message)
    {
        CliResult result = CliRunner.Run("kpis", "--facts", SharedFixtures.PathOf("retail_small.csv"), option, value);

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().StartWith("error: ").And.Contain(message);
        result.Stderr.Trim().Split('\n').Should().HaveCount(1);
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Kpis_BadValueInFile_NamesFileLineColumnAndValue()
    {
        string dir = Directory.CreateTempSubdirectory("salesops-cli-").FullName;
        try
        {
            string path = Path.Combine(dir, "facts.csv");
            File.WriteAllText(path, "date,sku,revenue\n2024-01-01,A,1.00\n2024-01-02,A,2.00\n2024-01-03,A,1O.00\n");

            CliResult result = CliRunner.Run("kpis", "--facts", path);

            result.ExitCode.Should().Be(1);
            result.Stderr.Trim().Should().Be("error: facts.csv line 4, column revenue: '1O.00' is not a number");
            result.Stdout.Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--segment-by", "store")]
    public void Kpis_BlankSkuInFile_IsRefusedForTheTotalAsForSegments(string option, string value)
    {
        string dir = Directory.CreateTempSubdirectory("salesops-cli-").FullName;
        try
        {
            string path = Path.Combine(dir, "facts.csv");
            File.WriteAllText(path, "date,sku,store,revenue\n2024-01-01,A,S1,1.00\n2024-01-02, ,S1,2.00\n");

            CliResult result = CliRunner.Run("kpis", "--facts", path, option, value);

            result.ExitCode.Should().Be(1);
            result.Stderr.Trim().Should().Be("error: facts.csv line 3, column sku: the sku value is blank; every row needs one");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Kpis_MissingFile_ExitsOneWithTheFileName()
    {
        CliResult result = CliRunner.Run("kpis", "--facts", "/nonexistent/facts.csv");

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("facts.csv");
        result.Stderr.Should().NotContain("   at ");
    }
}
