using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Cli.Demo;

/// <summary>
/// The demo company, generated in code from a fixed seed: a retailer with 40 SKUs in 6 stores over FY2023 and FY2024
/// on the NRF 4-5-4 calendar (a steady year, then a promotion-driven push into the sales-driven trap), and an
/// elder-care services unit over the same two years.
/// </summary>
internal sealed class DemoCompany
{
    /// <summary>The seed of the published demo.</summary>
    public const int DefaultSeed = 454;

    /// <summary>The fiscal years the demo covers.</summary>
    public const int FirstYear = 2023;

    /// <summary>The year of the promotion-driven push.</summary>
    public const int SecondYear = 2024;

    /// <summary>How many days of daily history the inventory policy looks at (the last 13 weeks).</summary>
    public const int PolicyDays = 91;

    public const string RetailerName = "Harbour & Pine Home Stores";

    public const string ServicesName = "Harbour & Pine Care";

    private DemoCompany()
    {
    }

    public static ReportingCalendar Calendar => ReportingCalendars.Nrf454;

    /// <summary>The retailer by fiscal month (all SKUs and stores).</summary>
    public required FactCube RetailMonths { get; init; }

    /// <summary>The retailer by fiscal year, for the value-chain table (FY2023 against FY2024).</summary>
    public required FactCube RetailYears { get; init; }

    /// <summary>The retailer's last <see cref="PolicyDays"/> days per SKU × store, for the inventory policy.</summary>
    public required FactCube RetailRecentDays { get; init; }

    /// <summary>The services unit by fiscal month.</summary>
    public required FactCube ServiceMonths { get; init; }

    public required long RetailRows { get; init; }

    public required long ServiceRows { get; init; }

    public required LocalDate Start { get; init; }

    public required LocalDate End { get; init; }

    /// <summary>Generates the demo company.</summary>
    public static DemoCompany Generate(int seed = DefaultSeed)
    {
        ReportingCalendar calendar = Calendar;
        ReportingPeriod first = calendar.GetFiscalYear(FirstYear);
        ReportingPeriod second = calendar.GetFiscalYear(SecondYear);
        var months = new FactAggregator(DemoRetailer.Schema, calendar, PeriodGrain.Month);
        var years = new FactAggregator(DemoRetailer.Schema, calendar, PeriodGrain.Year);
        var days = new FactAggregator(DemoRetailer.Schema, calendar, PeriodGrain.Day);
        long retailRows = DemoRetailer.Write(
            seed,
            first.Start,
            second.Start,
            second.End,
            [(months, first.Start), (years, first.Start), (days, second.End.PlusDays(1 - PolicyDays))]);

        var services = new FactAggregator(DemoCareServices.Schema, calendar, PeriodGrain.Month);
        long serviceRows = DemoCareServices.Write(seed + 1, first.Start, second.End, services);
        return new DemoCompany
        {
            RetailMonths = months.ToCube(),
            RetailYears = years.ToCube(),
            RetailRecentDays = days.ToCube(),
            ServiceMonths = services.ToCube(),
            RetailRows = retailRows,
            ServiceRows = serviceRows,
            Start = first.Start,
            End = second.End,
        };
    }
}
