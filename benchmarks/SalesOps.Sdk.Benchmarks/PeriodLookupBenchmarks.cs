using BenchmarkDotNet.Attributes;
using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Benchmarks;

/// <summary>
/// The cost of <see cref="ReportingCalendar.GetPeriod"/>, which the aggregation engine calls for every
/// distinct date: ten years of consecutive dates per operation.
/// </summary>
[MemoryDiagnoser]
public class PeriodLookupBenchmarks
{
    private LocalDate[] dates = [];
    private ReportingCalendar calendar = ReportingCalendars.Gregorian;

    [Params("gregorian", "nrf-454")]
    public string Calendar { get; set; } = "gregorian";

    [Params(PeriodGrain.Week, PeriodGrain.Month)]
    public PeriodGrain Grain { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        calendar = ReportingCalendars.FromName(Calendar);
        var first = new LocalDate(2015, 1, 1);
        dates = Enumerable.Range(0, 3653).Select(first.PlusDays).ToArray();
    }

    [Benchmark]
    public int GetPeriod()
    {
        int sum = 0;
        foreach (LocalDate date in dates)
        {
            sum += calendar.GetPeriod(date, Grain).Number;
        }

        return sum;
    }
}
