using System.Text.Json;
using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Periods;

public class ReportingCalendarJsonTests
{
    [Theory]
    [InlineData("gregorian")]
    [InlineData("nrf-454")]
    [InlineData("445")]
    [InlineData("454")]
    [InlineData("544")]
    public void RoundTrip_Preset_WritesNameAndReadsSameInstance(string name)
    {
        ReportingCalendar calendar = ReportingCalendars.FromName(name);

        string json = JsonSerializer.Serialize(calendar);
        ReportingCalendar? back = JsonSerializer.Deserialize<ReportingCalendar>(json);

        json.Should().Be($"\"{name}\"");
        back.Should().BeSameAs(calendar);
    }

    [Fact]
    public void Serialize_CustomCalendar_WritesDefinitionWithCamelCaseFields()
    {
        var calendar = new RetailCalendar(new RetailCalendarOptions
        {
            Name = "acme",
            WeekPattern = RetailWeekPattern.FiveFourFour,
            YearEndMonth = 8,
            YearEndDayOfWeek = IsoDayOfWeek.Sunday,
            YearEndRule = RetailYearEndRule.LastDayOfWeekInMonth,
            FiscalYearNaming = FiscalYearNaming.StartYear,
            Week53Period = 1,
        });

        string json = JsonSerializer.Serialize(calendar);

        json.Should().Be(
            """{"name":"acme","weekPattern":"544","yearEndMonth":8,"yearEndDayOfWeek":"sunday","yearEndRule":"lastDayOfWeekInMonth","fiscalYearNaming":"startYear","week53Period":1}""");
        JsonSerializer.Deserialize<RetailCalendar>(json).Should().Be(calendar);
        JsonSerializer.Deserialize<ReportingCalendar>(json).Should().Be(calendar);
    }

    [Fact]
    public void Deserialize_DefinitionWithDefaults_UsesDocumentedDefaults()
    {
        RetailCalendar? calendar = JsonSerializer.Deserialize<RetailCalendar>("""{"name":"mine"}""");

        calendar!.Options.Should().Be(new RetailCalendarOptions { Name = "mine" });
        ReportingPeriod expected = ReportingCalendars.FourFiveFour.GetFiscalYear(2024);
        calendar.GetFiscalYear(2024).Start.Should().Be(expected.Start);
        calendar.GetFiscalYear(2024).End.Should().Be(expected.End);
    }

    [Fact]
    public void Deserialize_PresetDefinition_ReturnsPresetInstance()
    {
        string json = JsonSerializer.Serialize(((RetailCalendar)ReportingCalendars.Nrf454).Options);

        JsonSerializer.Deserialize<ReportingCalendar>(json).Should().BeSameAs(ReportingCalendars.Nrf454);
    }

    [Fact]
    public void Deserialize_GregorianAsRetailCalendar_Throws()
    {
        Action read = () => JsonSerializer.Deserialize<RetailCalendar>("\"gregorian\"");

        read.Should().Throw<JsonException>().WithMessage("*GregorianCalendar*not a RetailCalendar*");
    }

    [Fact]
    public void RoundTrip_Options_PreservesEveryField()
    {
        var options = new RetailCalendarOptions
        {
            Name = "x",
            WeekPattern = RetailWeekPattern.FourFourFive,
            YearEndMonth = 2,
            YearEndDayOfWeek = IsoDayOfWeek.Friday,
            YearEndRule = RetailYearEndRule.LastDayOfWeekInMonth,
            FiscalYearNaming = FiscalYearNaming.StartYear,
            Week53Period = 6,
        };

        JsonSerializer.Deserialize<RetailCalendarOptions>(JsonSerializer.Serialize(options)).Should().Be(options);
    }

    [Theory]
    [InlineData("""{"name":"x","yearEndDayOfWeek":"caturday"}""", "yearEndDayOfWeek 'caturday' is not allowed; allowed values: monday, tuesday")]
    [InlineData("""{"name":"x","yearEndRule":"first"}""", "yearEndRule 'first' is not allowed; allowed values: lastDayOfWeekInMonth, nearestEndOfMonth")]
    [InlineData("""{"name":"x","fiscalYearNaming":"middle"}""", "fiscalYearNaming 'middle' is not allowed; allowed values: endYear, startYear")]
    [InlineData("""{"name":"x","week53Period":0}""", "week53Period 0 is not a fiscal period; allowed values: 1 to 12")]
    [InlineData("""{"weekPattern":"454"}""", "name '' is not valid")]
    [InlineData("42", "calendar must be a preset name")]
    public void Deserialize_InvalidDefinition_ThrowsJsonExceptionNamingField(string json, string message)
    {
        Action read = () => JsonSerializer.Deserialize<ReportingCalendar>(json);

        read.Should().Throw<JsonException>().Which.Message.Should().Contain(message);
    }
}
