using NodaTime;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Tests.TestSupport;

/// <summary>The business patterns the balance diagnosis must recognise.</summary>
internal enum Scenario
{
    Balanced,
    SalesTrap,
    OperationsTrap,
    Silo,
}

/// <summary>
/// Generates daily item × store facts for a scenario, independently of the shared fixtures: its own demand model,
/// seeds, sizes, start dates, noise and switch point, so the diagnosis is not tuned to one file.
/// </summary>
internal sealed class ScenarioGenerator
{
    private static readonly MeasureDefinition[] Measures =
    [
        StandardMeasures.UnitsSold, StandardMeasures.Revenue, StandardMeasures.Cogs, StandardMeasures.OnHandUnits,
        StandardMeasures.OnHandValue, StandardMeasures.Stockout, StandardMeasures.ForecastUnits, StandardMeasures.OrderedUnits,
        StandardMeasures.ShippedUnits, StandardMeasures.PromoSpend, StandardMeasures.OperatingCost,
    ];

    public required Scenario Scenario { get; init; }

    public int Seed { get; init; } = 1;

    public int Skus { get; init; } = 8;

    public int Stores { get; init; } = 2;

    public int Days { get; init; } = 182;

    public LocalDate Start { get; init; } = new(2024, 1, 1);

    /// <summary>Relative day-to-day demand noise (standard deviation).</summary>
    public double Noise { get; init; } = 0.2;

    /// <summary>The day the pattern changes (default: half-way, not aligned with any period boundary).</summary>
    public int? SwitchDay { get; init; }

    public InMemoryFactRowSource Generate()
    {
        var random = new Random(Seed);
        int switchDay = SwitchDay ?? (Days / 2) + random.Next(-5, 6);
        var rows = new List<FactRow>(Skus * Stores * Days);
        for (int sku = 0; sku < Skus; sku++)
        {
            double price = Math.Round(10 + (random.NextDouble() * 50), 2);
            double costShare = 0.55 + (random.NextDouble() * 0.1);
            for (int store = 0; store < Stores; store++)
            {
                double baseDemand = 5 + (random.NextDouble() * 15);
                for (int day = 0; day < Days; day++)
                {
                    bool after = day >= switchDay;
                    double trend = Scenario == Scenario.OperationsTrap ? 1.0 : 1.0 + (0.0008 * day);
                    double demandLevel = baseDemand * trend;
                    double dayPrice = price;
                    double promoShare = 0.01;
                    double operatingShare = 0.085;
                    double stockDays = 10;
                    double forecastBias = 0.0;
                    bool erratic = false;
                    switch (Scenario)
                    {
                        case Scenario.SalesTrap when after:
                            dayPrice = price * 0.78;          // price cuts
                            demandLevel *= 1.7;               // promotion-driven volume
                            promoShare = 0.12;                // heavy promotion spend
                            forecastBias = 0.15;              // sales plans run hot
                            erratic = true;                   // replenishment cannot keep up
                            break;
                        case Scenario.OperationsTrap when after:
                            demandLevel *= 0.68;              // the market walks away
                            operatingShare = 0.06;            // costs squeezed
                            stockDays = 6;                    // stock squeezed
                            break;
                        case Scenario.Silo:
                            forecastBias = 0.35;              // forecasts far above demand throughout
                            break;
                    }

                    double demand = Math.Max(0, Math.Round(demandLevel * (1 + (Noise * Gaussian(random)))));
                    double onHand = Math.Round(demandLevel * stockDays * (0.85 + (0.3 * random.NextDouble())));
                    if (erratic)
                    {
                        double roll = random.NextDouble();
                        onHand = roll < 0.2 ? Math.Round(demand * random.NextDouble() * 0.5)       // short: stockout
                            : roll < 0.55 ? Math.Round(demandLevel * (22 + (8 * random.NextDouble())))  // overstock
                            : onHand;
                    }

                    double sold = Math.Min(demand, onHand);
                    bool stockout = sold < demand;
                    double forecast = Math.Max(0, Math.Round(demandLevel * (1 + forecastBias) * (1 + (0.25 * Gaussian(random)))));
                    decimal unitPrice = (decimal)Math.Round(dayPrice, 2);
                    decimal unitCost = (decimal)Math.Round(price * costShare, 2);
                    decimal revenue = (decimal)sold * unitPrice;
                    rows.Add(new FactRow(
                        Start.PlusDays(day),
                        [$"SKU-{sku:000}", $"S{store:00}"],
                        [
                            (decimal)sold,
                            revenue,
                            (decimal)sold * unitCost,
                            (decimal)onHand,
                            (decimal)onHand * unitCost,
                            stockout ? 1m : 0m,
                            (decimal)forecast,
                            (decimal)demand,
                            (decimal)sold,
                            decimal.Round(revenue * (decimal)promoShare, 2),
                            decimal.Round(revenue * (decimal)operatingShare, 2),
                        ]));
                }
            }
        }

        return new InMemoryFactRowSource(new FactSchema(["sku", "store"], Measures), rows);
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
