using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Periods;

/// <summary>The calendars the calendar-wide tests run over: every preset and a few unusual custom definitions.</summary>
internal static class CalendarCases
{
    public static readonly ReportingCalendar[] All =
    [
        .. ReportingCalendars.PresetNames.Select(ReportingCalendars.FromName),
        new RetailCalendar(new RetailCalendarOptions
        {
            Name = "last-sunday-august-544",
            WeekPattern = RetailWeekPattern.FiveFourFour,
            YearEndMonth = 8,
            YearEndDayOfWeek = IsoDayOfWeek.Sunday,
            YearEndRule = RetailYearEndRule.LastDayOfWeekInMonth,
            FiscalYearNaming = FiscalYearNaming.StartYear,
            Week53Period = 1,
        }),
        new RetailCalendar(new RetailCalendarOptions
        {
            Name = "last-saturday-december-445",
            WeekPattern = RetailWeekPattern.FourFourFive,
            YearEndRule = RetailYearEndRule.LastDayOfWeekInMonth,
            Week53Period = 3,
        }),
        new RetailCalendar(new RetailCalendarOptions
        {
            Name = "friday-nearest-june-454",
            YearEndMonth = 6,
            YearEndDayOfWeek = IsoDayOfWeek.Friday,
            Week53Period = 7,
        }),
        new RetailCalendar(new RetailCalendarOptions
        {
            Name = "wednesday-nearest-february-start-year",
            YearEndMonth = 2,
            YearEndDayOfWeek = IsoDayOfWeek.Wednesday,
            FiscalYearNaming = FiscalYearNaming.StartYear,
        }),
    ];

    public static readonly PeriodGrain[] Grains = Enum.GetValues<PeriodGrain>();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (ReportingCalendar calendar in All)
        {
            data.Add(calendar.Name);
        }

        return data;
    }

    public static ReportingCalendar Get(string name) => All.Single(c => c.Name == name);
}
