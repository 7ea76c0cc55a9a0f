using FluentValidation.Results;
using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Periods;

public class RetailCalendarOptionsValidatorTests
{
    private static readonly RetailCalendarOptionsValidator Validator = new();

    [Fact]
    public void Validate_Defaults_IsValid()
    {
        Validator.Validate(new RetailCalendarOptions { Name = "mine" }).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(446)]
    [InlineData(455)]
    [InlineData(0)]
    public void Validate_PatternThatIsNot13WeeksAQuarter_NamesWeekPatternAndAllowedValues(int pattern)
    {
        ValidationResult result = Validator.Validate(new RetailCalendarOptions { Name = "x", WeekPattern = (RetailWeekPattern)pattern });

        ValidationFailure failure = result.Errors.Should().ContainSingle().Subject;
        failure.PropertyName.Should().Be("weekPattern");
        failure.ErrorMessage.Should().Be(
            $"weekPattern {pattern} is not a pattern of three periods making a 13-week quarter; allowed values: 445, 454, 544.");
    }

    [Theory]
    [InlineData(13)]
    [InlineData(0)]
    public void Validate_Month13_NamesYearEndMonthAndAllowedRange(int month)
    {
        ValidationResult result = Validator.Validate(new RetailCalendarOptions { Name = "x", YearEndMonth = month });

        ValidationFailure failure = result.Errors.Should().ContainSingle().Subject;
        failure.PropertyName.Should().Be("yearEndMonth");
        failure.ErrorMessage.Should().Be($"yearEndMonth {month} is not a month; allowed values: 1 to 12.");
    }

    [Fact]
    public void Validate_EveryFieldInvalid_ReportsEveryField()
    {
        var options = new RetailCalendarOptions
        {
            Name = " ",
            WeekPattern = (RetailWeekPattern)446,
            YearEndMonth = 13,
            YearEndDayOfWeek = IsoDayOfWeek.None,
            YearEndRule = (RetailYearEndRule)5,
            FiscalYearNaming = (FiscalYearNaming)5,
            Week53Period = 13,
        };

        ValidationResult result = Validator.Validate(options);

        result.Errors.Select(e => e.PropertyName).Should().Equal(
            "name", "weekPattern", "yearEndMonth", "yearEndDayOfWeek", "yearEndRule", "fiscalYearNaming", "week53Period");
        result.Errors[3].ErrorMessage.Should().Contain("allowed values: monday, tuesday, wednesday, thursday, friday, saturday, sunday");
        result.Errors[4].ErrorMessage.Should().Contain("allowed values: lastDayOfWeekInMonth, nearestEndOfMonth");
        result.Errors[5].ErrorMessage.Should().Contain("allowed values: endYear, startYear");
        result.Errors[6].ErrorMessage.Should().Contain("allowed values: 1 to 12");
    }

    [Fact]
    public void RetailCalendar_InvalidOptions_ThrowsArgumentExceptionListingEveryProblem()
    {
        var options = new RetailCalendarOptions { Name = "x", WeekPattern = (RetailWeekPattern)446, YearEndMonth = 13 };

        Action create = () => _ = new RetailCalendar(options);

        create.Should().Throw<ArgumentException>()
            .WithParameterName("options")
            .Which.Message.Should().StartWith(
                "Invalid retail calendar definition: weekPattern 446 is not a pattern of three periods making a 13-week quarter; allowed values: 445, 454, 544. yearEndMonth 13 is not a month; allowed values: 1 to 12.");
    }

    [Fact]
    public void ReportingCalendars_UnknownPresetName_ThrowsListingAllowedNames()
    {
        Action lookUp = () => ReportingCalendars.FromName("nrf-445");

        lookUp.Should().Throw<ArgumentException>()
            .WithParameterName("name")
            .WithMessage("Unknown calendar 'nrf-445'; allowed values: gregorian, nrf-454, 445, 454, 544.*");
    }

    [Theory]
    [InlineData("gregorian")]
    [InlineData(" NRF-454 ")]
    [InlineData("445")]
    [InlineData("454")]
    [InlineData("544")]
    public void ReportingCalendars_PresetName_IsFoundIgnoringCaseAndSpace(string name)
    {
        ReportingCalendars.TryFromName(name, out ReportingCalendar? calendar).Should().BeTrue();
        calendar!.Name.Should().Be(name.Trim().ToLowerInvariant());
    }

    [Fact]
    public void ReportingCalendars_PresetNames_AreListedInDocumentedOrder()
    {
        ReportingCalendars.PresetNames.Should().Equal("gregorian", "nrf-454", "445", "454", "544");
        ReportingCalendars.Gregorian.Should().BeSameAs(GregorianCalendar.Instance);
        ReportingCalendars.Nrf454.Name.Should().Be("nrf-454");
        ReportingCalendars.FourFourFive.Name.Should().Be("445");
        ReportingCalendars.FourFiveFour.Name.Should().Be("454");
        ReportingCalendars.FiveFourFour.Name.Should().Be("544");
    }
}
