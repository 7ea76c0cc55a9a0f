using System.Text.Json;

namespace SalesOps.Cli.Tests.Commands;

public class CalendarCommandTests
{
    [Fact]
    public void Calendar_Nrf454Year2023Json_PrintsPublishedDatesAnd53Weeks()
    {
        (int exitCode, string stdout, string stderr) = Run("calendar", "--calendar", "nrf-454", "--year", "2023", "--format", "json");

        exitCode.Should().Be(0);
        stderr.Should().BeEmpty();
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement root = json.RootElement;
        root.GetProperty("calendar").GetString().Should().Be("nrf-454");
        root.GetProperty("year").GetString().Should().Be("FY2023");
        root.GetProperty("start").GetString().Should().Be("2023-01-29");
        root.GetProperty("end").GetString().Should().Be("2024-02-03");
        root.GetProperty("weeks").GetInt32().Should().Be(53);

        JsonElement[] periods = [.. root.GetProperty("periods").EnumerateArray()];
        periods.Should().HaveCount(12);
        periods[0].GetProperty("period").GetString().Should().Be("FY2023-P01");
        periods[0].GetProperty("start").GetString().Should().Be("2023-01-29");
        periods[0].GetProperty("end").GetString().Should().Be("2023-02-25");
        periods[0].GetProperty("weeks").GetInt32().Should().Be(4);
        periods[11].GetProperty("period").GetString().Should().Be("FY2023-P12");
        periods[11].GetProperty("start").GetString().Should().Be("2023-12-31");
        periods[11].GetProperty("end").GetString().Should().Be("2024-02-03");
        periods[11].GetProperty("weeks").GetInt32().Should().Be(5);
        periods.Select(p => p.GetProperty("weeks").GetInt32()).Should().Equal(4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 5);
        root.EnumerateObject().Select(p => p.Name).Should().Equal("calendar", "year", "start", "end", "weeks", "periods");
        periods[0].EnumerateObject().Select(p => p.Name).Should().Equal("period", "start", "end", "weeks");
    }

    [Fact]
    public void Calendar_GregorianJson_PrintsTwelveMonthsWithNullWeeks()
    {
        (int exitCode, string stdout, _) = Run("calendar", "--calendar", "gregorian", "--year", "2024", "--format", "json");

        exitCode.Should().Be(0);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement root = json.RootElement;
        root.GetProperty("year").GetString().Should().Be("2024");
        root.GetProperty("start").GetString().Should().Be("2024-01-01");
        root.GetProperty("end").GetString().Should().Be("2024-12-31");
        root.GetProperty("weeks").ValueKind.Should().Be(JsonValueKind.Null);
        JsonElement[] periods = [.. root.GetProperty("periods").EnumerateArray()];
        periods.Select(p => p.GetProperty("period").GetString()).Should().Equal(
            "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06",
            "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12");
        periods[1].GetProperty("end").GetString().Should().Be("2024-02-29");
        periods.Should().OnlyContain(p => p.GetProperty("weeks").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void Calendar_DefaultFormat_PrintsTable()
    {
        (int exitCode, string stdout, string stderr) = Run("calendar", "--calendar", "nrf-454", "--year", "2024");

        exitCode.Should().Be(0);
        stderr.Should().BeEmpty();
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[0].Should().Be("calendar  nrf-454");
        lines[1].Should().Be("year      FY2024  2024-02-04 to 2025-02-01  52 weeks  364 days");
        lines[2].Should().StartWith("period");
        lines[3].Should().Be("FY2024-P01  2024-02-04  2024-03-02      4    28");
        lines.Should().HaveCount(15);
    }

    [Theory]
    [InlineData("445", "FY2024", "2023-12-31", "2024-12-28")]
    [InlineData("454", "FY2024", "2023-12-31", "2024-12-28")]
    [InlineData("544", "FY2024", "2023-12-31", "2024-12-28")]
    public void Calendar_RetailPresets_PrintYear(string name, string label, string start, string end)
    {
        (int exitCode, string stdout, _) = Run("calendar", "--calendar", name, "--year", "2024", "--format", "json");

        exitCode.Should().Be(0);
        using JsonDocument json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("calendar").GetString().Should().Be(name);
        json.RootElement.GetProperty("year").GetString().Should().Be(label);
        json.RootElement.GetProperty("start").GetString().Should().Be(start);
        json.RootElement.GetProperty("end").GetString().Should().Be(end);
    }

    [Fact]
    public void Calendar_UnknownCalendar_ExitsOneWithAllowedNames()
    {
        (int exitCode, string stdout, string stderr) = Run("calendar", "--calendar", "fiscal", "--year", "2024");

        exitCode.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Trim().Should().Be("error: unknown calendar 'fiscal'; allowed values: gregorian, nrf-454, 445, 454, 544");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9991")]
    public void Calendar_YearOutOfRange_ExitsOneWithRange(string year)
    {
        (int exitCode, _, string stderr) = Run("calendar", "--calendar", "gregorian", "--year", year);

        exitCode.Should().Be(1);
        stderr.Trim().Should().Be($"error: --year {year} is out of range; allowed values: 1 to 9990");
    }

    [Fact]
    public void Calendar_UnknownFormat_ExitsOne()
    {
        (int exitCode, _, string stderr) = Run("calendar", "--calendar", "gregorian", "--year", "2024", "--format", "xml");

        exitCode.Should().Be(1);
        stderr.Trim().Should().Be("error: unknown format 'xml'; allowed values: table, json");
    }

    [Fact]
    public void Calendar_MissingYear_IsUsageError()
    {
        (int exitCode, _, string stderr) = Run("calendar", "--calendar", "gregorian");

        exitCode.Should().Be(2);
        stderr.Should().Contain("--year");
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exitCode = SalesOpsApp.Run(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
