using NodaTime;
using SalesOps.Sdk.Measures;

namespace SalesOps.Cli.Demo;

/// <summary>
/// The demo's elder-care services unit: daily facts of three sites (home care, a day centre, a residential home) that
/// grow steadily and stay well run — clients, care capacity and its use, visits on time, staff, training, leavers,
/// surveys, revenue, the cost of care delivered and overheads. No inventory: it is scored with the services preset.
/// </summary>
internal static class DemoCareServices
{
    private static readonly Site[] Sites =
    [
        new("home-care", Clients: 70, RatePerDay: 78m, HoursPerClient: 2.2, VisitsPerClient: 1.6),
        new("day-centre", Clients: 45, RatePerDay: 92m, HoursPerClient: 3.0, VisitsPerClient: 1.0),
        new("residential", Clients: 60, RatePerDay: 128m, HoursPerClient: 4.5, VisitsPerClient: 3.0),
    ];

    public static FactSchema Schema { get; } = new(
        ["site"],
        [
            StandardMeasures.Revenue, StandardMeasures.Cogs, StandardMeasures.OperatingCost, StandardMeasures.CapacityAvailable,
            StandardMeasures.CapacityUsed, StandardMeasures.ServicesDelivered, StandardMeasures.ServicesOnTime, StandardMeasures.Headcount,
            StandardMeasures.Clients, StandardMeasures.CustomersStart, StandardMeasures.CustomersEnd, StandardMeasures.NewCustomers,
            StandardMeasures.Orders, StandardMeasures.Complaints, StandardMeasures.SurveyResponses, StandardMeasures.SatisfactionPoints,
            StandardMeasures.TrainingHours, StandardMeasures.Leavers,
        ]);

    /// <summary>Writes every day from <paramref name="first"/> to <paramref name="last"/> into the target.</summary>
    /// <returns>The number of rows generated.</returns>
    public static long Write(int seed, LocalDate first, LocalDate last, FactAggregator target)
    {
#pragma warning disable CA5394 // Demo data, not security: a seeded generator is the point.
        var random = new Random(seed);
        int[] codes = [.. Sites.Select(s => target.EncodeDimension(0, s.Name))];
        int[] clients = [.. Sites.Select(s => s.Clients)];
        var values = new decimal[Schema.Measures.Length];
        long rows = 0;
        int days = Period.Between(first, last, PeriodUnits.Days).Days + 1;
        for (int day = 0; day < days; day++)
        {
            LocalDate date = first.PlusDays(day);
            for (int s = 0; s < Sites.Length; s++)
            {
                Site site = Sites[s];
                int start = clients[s];
                // About 8 % net growth a year: admissions slightly outpace discharges.
                int admissions = random.NextDouble() < start * 0.0012 ? 1 : 0;
                int discharges = random.NextDouble() < start * 0.0010 ? 1 : 0;
                int end = start + admissions - discharges;
                clients[s] = end;

                double hoursNeeded = start * site.HoursPerClient * (1 + (0.05 * DemoRetailer.Gaussian(random)));
                decimal headcount = Math.Round((decimal)(start * site.HoursPerClient / (7.5 * 0.9)), 1); // staffed for ~90 % utilisation
                double available = (double)headcount * 7.5;
                double used = Math.Min(available, hoursNeeded);
                int delivered = (int)Math.Round(start * site.VisitsPerClient);
                int onTime = (int)Math.Round(delivered * (0.955 + (0.02 * random.NextDouble())));
                decimal revenue = Math.Round(start * site.RatePerDay * (1 + (0.0001m * day)), 2);
                decimal careCost = Math.Round((decimal)available * 16m, 2);
                int responses = random.NextDouble() < 0.35 ? 1 + random.Next(3) : 0;
                int points = 0;
                for (int r = 0; r < responses; r++)
                {
                    points += Math.Clamp((int)Math.Round(4.45 + (0.55 * DemoRetailer.Gaussian(random))), 1, 5);
                }

                values[0] = revenue;
                values[1] = careCost;
                values[2] = Math.Round(revenue * 0.17m, 2);
                values[3] = Math.Round((decimal)available, 2);
                values[4] = Math.Round((decimal)used, 2);
                values[5] = delivered;
                values[6] = onTime;
                values[7] = headcount;
                values[8] = start;
                values[9] = start;
                values[10] = end;
                values[11] = admissions;
                values[12] = delivered;
                values[13] = random.NextDouble() < delivered * 0.006 ? 1 : 0;
                values[14] = responses;
                values[15] = points;
                values[16] = random.NextDouble() < 0.12 ? 7.5m * Math.Max(1, (int)Math.Round(headcount / 12)) : 0m;
                values[17] = random.NextDouble() < (double)headcount * 0.015 / 30.0 ? 1 : 0;
                target.WriteRow(date, [codes[s]], values);
                rows++;
            }
        }
#pragma warning restore CA5394

        return rows;
    }

    private sealed record Site(string Name, int Clients, decimal RatePerDay, double HoursPerClient, double VisitsPerClient);
}
