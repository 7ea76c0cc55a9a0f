using System.Text.Json;
using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Periods;

public class ReportingPeriodJsonTests
{
    [Fact]
    public void Serialize_NrfPeriod_WritesCalendarNameGrainLabelAndIsoDates()
    {
        ReportingPeriod period = ReportingCalendars.Nrf454.GetPeriod(new LocalDate(2024, 1, 1), PeriodGrain.Month);

        string json = JsonSerializer.Serialize(period);

        json.Should().Be(
            """{"calendar":"nrf-454","grain":"month","label":"FY2023-P12","start":"2023-12-31","end":"2024-02-03","fiscalYear":2023,"number":12,"days":35,"weeks":5}""");
    }

    [Fact]
    public void Serialize_GregorianMonth_WritesNullWeeks()
    {
        ReportingPeriod period = ReportingCalendars.Gregorian.GetPeriod(new LocalDate(2024, 2, 10), PeriodGrain.Month);

        string json = JsonSerializer.Serialize(period);

        json.Should().Be(
            """{"calendar":"gregorian","grain":"month","label":"2024-02","start":"2024-02-01","end":"2024-02-29","fiscalYear":2024,"number":2,"days":29,"weeks":null}""");
    }

    [Fact]
    public void RoundTrip_CustomCalendarPeriod_WritesDefinitionAndReadsEqualPeriod()
    {
        var calendar = new RetailCalendar(new RetailCalendarOptions
        {
            Name = "acme-445",
            WeekPattern = RetailWeekPattern.FourFourFive,
            YearEndMonth = 6,
            YearEndRule = RetailYearEndRule.LastDayOfWeekInMonth,
            YearEndDayOfWeek = IsoDayOfWeek.Sunday,
            Week53Period = 3,
        });
        ReportingPeriod period = calendar.GetPeriod(new LocalDate(2024, 9, 1), PeriodGrain.Quarter);

        string json = JsonSerializer.Serialize(period);
        ReportingPeriod? back = JsonSerializer.Deserialize<ReportingPeriod>(json);

        json.Should().Contain("\"calendar\":{\"name\":\"acme-445\",\"weekPattern\":\"445\"");
        back.Should().Be(period);
        back!.Calendar.Should().Be(calendar);
        back.Label.Should().Be(period.Label);
        back.Weeks.Should().Be(period.Weeks);
    }

    [Fact]
    public void Deserialize_PresetName_ReturnsPresetInstance()
    {
        ReportingPeriod? period = JsonSerializer.Deserialize<ReportingPeriod>(
            """{"calendar":"NRF-454","grain":"week","start":"2024-02-04"}""");

        period!.Calendar.Should().BeSameAs(ReportingCalendars.Nrf454);
        period.Label.Should().Be("FY2024-W01");
    }

    [Theory]
    [InlineData("""{"calendar":"nrf-454","grain":"month","start":"2024-02-05"}""", "FY2024-P01")]
    [InlineData("""{"calendar":"nrf-454","grain":"month","start":"2024-02-04","end":"2024-03-09"}""", "FY2024-P01")]
    [InlineData("""{"calendar":"nrf-454","grain":"month","start":"2024-02-04","label":"FY2024-P02"}""", "FY2024-P01")]
    [InlineData("""{"calendar":"fiscal","grain":"month","start":"2024-02-04"}""", "allowed values: gregorian, nrf-454, 445, 454, 544")]
    [InlineData("""{"calendar":"nrf-454","grain":"fortnight","start":"2024-02-04"}""", "allowed values: day, week, month, quarter, year")]
    [InlineData("""{"calendar":"nrf-454","grain":"month","start":"04/02/2024"}""", "start must be an ISO date")]
    [InlineData("""{"calendar":"nrf-454","start":"2024-02-04"}""", "needs grain")]
    [InlineData("""{"calendar":{"name":"x","weekPattern":"446"},"grain":"month","start":"2024-02-04"}""", "weekPattern '446' is not allowed; allowed values: 445, 454, 544")]
    [InlineData("""{"calendar":{"name":"x","yearEndMonth":13},"grain":"month","start":"2024-02-04"}""", "yearEndMonth 13 is not a month; allowed values: 1 to 12")]
    public void Deserialize_InvalidPeriod_ThrowsJsonExceptionNamingTheProblem(string json, string message)
    {
        Action read = () => JsonSerializer.Deserialize<ReportingPeriod>(json);

        read.Should().Throw<JsonException>().Which.Message.Should().Contain(message);
    }

    [Fact]
    public void RoundTrip_EveryPresetEveryGrain_ReadsEqualPeriods()
    {
        foreach (string name in ReportingCalendars.PresetNames)
        {
            ReportingCalendar calendar = ReportingCalendars.FromName(name);
            foreach (PeriodGrain grain in Enum.GetValues<PeriodGrain>())
            {
                IReadOnlyList<ReportingPeriod> periods = calendar.GetPeriods(new DateInterval(new LocalDate(2023, 12, 20), new LocalDate(2024, 2, 10)), grain);

                string json = JsonSerializer.Serialize(periods);
                List<ReportingPeriod>? back = JsonSerializer.Deserialize<List<ReportingPeriod>>(json);

                back.Should().Equal(periods);
                back!.Select(p => p.Label).Should().Equal(periods.Select(p => p.Label));
            }
        }
    }
}
