using NodaTime;
using SalesOps.Sdk.Measures;

namespace SalesOps.Cli.Demo;

/// <summary>
/// The demo retailer: daily SKU × store facts over two fiscal years — a steady first year, then a promotion-driven push
/// that falls into the sales-driven trap (price cuts, heavy promotion spend, forecasts running hot, erratic
/// replenishment giving stockouts and overstock at once, margin erosion, unhappier customers and staff).
/// </summary>
/// <remarks>
/// Rows go straight into one or more <see cref="FactAggregator"/>s as scaled values: no row objects, so the two
/// years (~176,000 rows) take a fraction of a second. The same seed always gives the same company.
/// </remarks>
internal static class DemoRetailer
{
    public const int SkuCount = 40;
    public const int StoreCount = 6;

    // Measure positions in Schema (scaled values are written in this order).
    private const int UnitsSold = 0, Revenue = 1, Cogs = 2, OnHandUnits = 3, OnHandValue = 4, Stockout = 5, Forecast = 6,
        Ordered = 7, Shipped = 8, Promo = 9, OperatingCost = 10, Responses = 11, Satisfaction = 12, Headcount = 13,
        Leavers = 14, Training = 15, CostInbound = 16, CostOperations = 17, CostOutbound = 18, CostMarketing = 19,
        CostService = 20, CostProcurement = 21, CostTechnology = 22, CostPeople = 23, CostInfrastructure = 24;

    public static FactSchema Schema { get; } = new(
        ["sku", "store"],
        [
            StandardMeasures.UnitsSold, StandardMeasures.Revenue, StandardMeasures.Cogs, StandardMeasures.OnHandUnits,
            StandardMeasures.OnHandValue, StandardMeasures.Stockout, StandardMeasures.ForecastUnits, StandardMeasures.OrderedUnits,
            StandardMeasures.ShippedUnits, StandardMeasures.PromoSpend, StandardMeasures.OperatingCost,
            StandardMeasures.SurveyResponses, StandardMeasures.SatisfactionPoints, StandardMeasures.Headcount,
            StandardMeasures.Leavers, StandardMeasures.TrainingHours,
            StandardMeasures.CostInboundLogistics, StandardMeasures.CostOperations, StandardMeasures.CostOutboundLogistics,
            StandardMeasures.CostMarketingSales, StandardMeasures.CostService, StandardMeasures.CostProcurement,
            StandardMeasures.CostTechnologyDevelopment, StandardMeasures.CostHumanResources, StandardMeasures.CostFirmInfrastructure,
        ]);

    /// <summary>Writes every row from <paramref name="first"/> to <paramref name="last"/> into the targets.</summary>
    /// <param name="seed">The random seed.</param>
    /// <param name="first">The first day.</param>
    /// <param name="pushStart">The day the promotion-driven push starts (ramping up over six weeks).</param>
    /// <param name="last">The last day.</param>
    /// <param name="targets">Aggregators of <see cref="Schema"/>, each with the first day it takes rows from.</param>
    /// <returns>The number of rows generated.</returns>
    public static long Write(int seed, LocalDate first, LocalDate pushStart, LocalDate last, IReadOnlyList<(FactAggregator Target, LocalDate From)> targets)
    {
#pragma warning disable CA5394 // Demo data, not security: a seeded generator is the point.
        var random = new Random(seed);
        var items = new Item[SkuCount, StoreCount];
        double[] storeFactor = [.. Enumerable.Range(0, StoreCount).Select(_ => 0.7 + (0.7 * random.NextDouble()))];
        for (int sku = 0; sku < SkuCount; sku++)
        {
            long priceCents = (long)Math.Round((6 + (54 * random.NextDouble() * random.NextDouble())) * 100);
            double costShare = 0.52 + (0.08 * random.NextDouble());
            double popularity = 14.0 / Math.Pow(sku + 2, 0.7);         // a few best sellers, a long tail (ABC)
            double noise = 0.12 + (0.6 * random.NextDouble() * random.NextDouble()); // steady to erratic items (XYZ)
            for (int store = 0; store < StoreCount; store++)
            {
                items[sku, store] = new Item(
                    priceCents,
                    (long)Math.Round(priceCents * costShare),
                    popularity * storeFactor[store] * (0.8 + (0.4 * random.NextDouble())),
                    noise);
            }
        }

        int[][] codes = [.. targets.Select(_ => new int[SkuCount * StoreCount * 2])];
        for (int t = 0; t < targets.Count; t++)
        {
            for (int sku = 0; sku < SkuCount; sku++)
            {
                for (int store = 0; store < StoreCount; store++)
                {
                    int i = ((sku * StoreCount) + store) * 2;
                    codes[t][i] = targets[t].Target.EncodeDimension(0, $"SKU-{sku + 1:000}");
                    codes[t][i + 1] = targets[t].Target.EncodeDimension(1, $"S{store + 1:00}");
                }
            }
        }

        var row = new long[Schema.Measures.Length];
        long rows = 0;
        int days = Period.Between(first, last, PeriodUnits.Days).Days + 1;
        for (int day = 0; day < days; day++)
        {
            LocalDate date = first.PlusDays(day);
            double push = date < pushStart ? 0 : Math.Min(1.0, Period.Between(pushStart, date, PeriodUnits.Days).Days / 42.0);
            double level = Season(date) * (1 + (0.03 * day / 365.0));
            double weekday = date.DayOfWeek switch
            {
                IsoDayOfWeek.Saturday => 1.3,
                IsoDayOfWeek.Sunday => 1.15,
                IsoDayOfWeek.Friday => 1.1,
                _ => 0.9,
            };
            for (int store = 0; store < StoreCount; store++)
            {
                for (int sku = 0; sku < SkuCount; sku++)
                {
                    Array.Clear(row);
                    Item item = items[sku, store];
                    double mean = item.BaseDemand * level * (1 + (0.6 * push));      // promotion-driven volume
                    double demandToday = mean * weekday;
                    long demand = Math.Max(0, (long)Math.Round(demandToday * (1 + (item.Noise * Gaussian(random)))));
                    long price = (long)Math.Round(item.PriceCents * (1 - (0.18 * push)));  // price cuts
                    long onHand = (long)Math.Round(mean * (8 + (4 * random.NextDouble())));
                    double roll = random.NextDouble();
                    if (roll < 0.02)
                    {
                        onHand = (long)Math.Round(demand * 0.8 * random.NextDouble());          // an occasional missed delivery
                    }
                    else if (random.NextDouble() < push)
                    {
                        // Replenishment cannot follow the promotions: short here, overstocked there.
                        onHand = roll < 0.24 ? (long)Math.Round(demand * 0.6 * random.NextDouble())
                            : roll < 0.58 ? (long)Math.Round(mean * (22 + (10 * random.NextDouble())))
                            : onHand;
                    }

                    long sold = Math.Min(demand, onHand);
                    bool stockout = sold < demand;
                    double bias = 0.10 * push;                                                  // forecasts run hot
                    long forecast = Math.Max(0, (long)Math.Round(demandToday * (1 + bias) * (1 + (0.2 * Gaussian(random)))));
                    long revenue = sold * price;
                    long cogs = sold * item.UnitCostCents;
                    long stockValue = onHand * item.UnitCostCents;
                    long promo = Cents(revenue * (0.015 + (0.105 * push)));                     // promotion spend → ~12 %
                    long shortUnits = demand - sold;

                    row[UnitsSold] = sold * 100;
                    row[Revenue] = revenue;
                    row[Cogs] = cogs;
                    row[OnHandUnits] = onHand * 100;
                    row[OnHandValue] = stockValue;
                    row[Stockout] = stockout ? 100 : 0;
                    row[Forecast] = forecast * 100;
                    row[Ordered] = demand * 100;
                    row[Shipped] = sold * 100;
                    row[Promo] = promo;

                    if (random.NextDouble() < 0.12)
                    {
                        double satisfaction = 4.35 - (0.5 * push) - (stockout ? 1.1 : 0) + (0.6 * Gaussian(random));
                        row[Responses] = 100;
                        row[Satisfaction] = Math.Clamp((long)Math.Round(satisfaction), 1, 5) * 100;
                    }

                    long trainingHours = 0;
                    if (sku == 0)
                    {
                        // The store's people figures are booked on its first item's row.
                        long staff = 12 + (long)Math.Round(3 * push);
                        row[Headcount] = staff * 100;
                        row[Leavers] = random.NextDouble() < staff * (0.02 + (0.03 * push)) / 30.0 ? 100 : 0;
                        trainingHours = random.NextDouble() < 0.13 * (1 - (0.7 * push)) ? 7 : 0;
                        row[Training] = trainingHours * 100;
                    }

                    // Stage costs (value chain); procurement carries the goods bought.
                    long inbound = Cents((0.035 * cogs) + (stockValue * 0.30 / 365));
                    long operations = Cents((0.02 * revenue) + (0.015 * mean * item.PriceCents));
                    long outbound = Cents((0.008 * revenue) + (0.3 * shortUnits * item.UnitCostCents));
                    long service = Cents((0.006 * revenue) + (stockout ? 0.2 * price : 0));
                    long technology = Cents(0.005 * revenue);
                    long people = Cents((0.008 * revenue) + (trainingHours * 3500));
                    long infrastructure = Cents(0.012 * revenue);
                    row[CostInbound] = inbound;
                    row[CostOperations] = operations;
                    row[CostOutbound] = outbound;
                    row[CostMarketing] = promo + Cents(0.015 * revenue);
                    row[CostService] = service;
                    row[CostProcurement] = cogs + Cents(0.004 * cogs);
                    row[CostTechnology] = technology;
                    row[CostPeople] = people;
                    row[CostInfrastructure] = infrastructure;
                    row[OperatingCost] = inbound + operations + outbound + service + technology + people + infrastructure;

                    for (int m = 0; m < row.Length; m++)
                    {
                        row[m] *= 100; // cents → FactValue scale (4 decimal places)
                    }

                    int c = ((sku * StoreCount) + store) * 2;
                    for (int t = 0; t < targets.Count; t++)
                    {
                        if (date >= targets[t].From)
                        {
                            targets[t].Target.WriteScaledRow(date, codes[t].AsSpan(c, 2), row);
                        }
                    }

                    rows++;
                }
            }
        }
#pragma warning restore CA5394

        return rows;
    }

    /// <summary>Mild retail seasonality: a holiday peak, a January lull, a gentle summer wave.</summary>
    private static double Season(LocalDate date) => date.Month switch
    {
        12 => 1.12,
        11 when date.Day >= 20 => 1.08,
        1 => 0.94,
        _ => 1 + (0.03 * Math.Sin(2 * Math.PI * date.DayOfYear / 365.0)),
    };

    private static long Cents(double value) => (long)Math.Round(value);

    internal static double Gaussian(Random random)
    {
#pragma warning disable CA5394
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
#pragma warning restore CA5394
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private readonly record struct Item(long PriceCents, long UnitCostCents, double BaseDemand, double Noise);
}
