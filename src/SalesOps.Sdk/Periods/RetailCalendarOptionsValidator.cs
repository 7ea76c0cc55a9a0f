using FluentValidation;
using NodaTime;

namespace SalesOps.Sdk.Periods;

/// <summary>
/// Checks a <see cref="RetailCalendarOptions"/> definition. Each failure's property name is the camel-case
/// JSON field (<c>name</c>, <c>weekPattern</c>, <c>yearEndMonth</c>, <c>yearEndDayOfWeek</c>,
/// <c>yearEndRule</c>, <c>fiscalYearNaming</c>, <c>week53Period</c>) and its message lists the allowed values.
/// </summary>
/// <remarks>The validator is stateless and thread-safe.</remarks>
public sealed class RetailCalendarOptionsValidator : AbstractValidator<RetailCalendarOptions>
{
    /// <summary>The allowed week patterns, as written in messages and JSON.</summary>
    internal const string WeekPatternNames = "445, 454, 544";

    /// <summary>The allowed year-end rules, as written in messages and JSON.</summary>
    internal const string YearEndRuleNames = "lastDayOfWeekInMonth, nearestEndOfMonth";

    /// <summary>The allowed namings, as written in messages and JSON.</summary>
    internal const string NamingNames = "endYear, startYear";

    /// <summary>The allowed days of the week, as written in messages and JSON.</summary>
    internal const string DayOfWeekNames = "monday, tuesday, wednesday, thursday, friday, saturday, sunday";

    /// <summary>Creates the validator.</summary>
    public RetailCalendarOptionsValidator()
    {
        RuleFor(o => o.Name)
            .Must(name => !string.IsNullOrWhiteSpace(name) && name.Trim().Length == name.Length)
            .OverridePropertyName("name")
            .WithMessage(o => $"name '{o.Name}' is not valid: a calendar needs a non-empty name without leading or trailing white space.");

        RuleFor(o => o.WeekPattern)
            .IsInEnum()
            .OverridePropertyName("weekPattern")
            .WithMessage(o => $"weekPattern {(int)o.WeekPattern} is not a pattern of three periods making a 13-week quarter; allowed values: {WeekPatternNames}.");

        RuleFor(o => o.YearEndMonth)
            .InclusiveBetween(1, 12)
            .OverridePropertyName("yearEndMonth")
            .WithMessage(o => $"yearEndMonth {o.YearEndMonth} is not a month; allowed values: 1 to 12.");

        RuleFor(o => o.YearEndDayOfWeek)
            .Must(day => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday)
            .OverridePropertyName("yearEndDayOfWeek")
            .WithMessage(o => $"yearEndDayOfWeek {(int)o.YearEndDayOfWeek} is not a day of the week; allowed values: {DayOfWeekNames}.");

        RuleFor(o => o.YearEndRule)
            .IsInEnum()
            .OverridePropertyName("yearEndRule")
            .WithMessage(o => $"yearEndRule {(int)o.YearEndRule} is not defined; allowed values: {YearEndRuleNames}.");

        RuleFor(o => o.FiscalYearNaming)
            .IsInEnum()
            .OverridePropertyName("fiscalYearNaming")
            .WithMessage(o => $"fiscalYearNaming {(int)o.FiscalYearNaming} is not defined; allowed values: {NamingNames}.");

        RuleFor(o => o.Week53Period)
            .InclusiveBetween(1, 12)
            .OverridePropertyName("week53Period")
            .WithMessage(o => $"week53Period {o.Week53Period} is not a fiscal period; allowed values: 1 to 12.");
    }
}
