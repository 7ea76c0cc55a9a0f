using System.Collections.Immutable;
using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Planning;

/// <summary>
/// The daily sales history of one item (a sku, or a sku at a store): what <see cref="InventoryPolicy"/> needs.
/// Build it from a day-grain cube with <see cref="FromDailyCube"/>, or from the host's own data.
/// </summary>
/// <param name="Sku">The sku.</param>
/// <param name="Store">The store, or null when the data has no store dimension.</param>
/// <param name="DailyUnits">Units sold on each observed day, oldest first.</param>
/// <param name="Revenue">The revenue over the history, or null when unknown (no ABC class then).</param>
/// <param name="Cogs">The cost of goods sold over the history, or null when unknown (no unit cost or EOQ then).</param>
/// <param name="CurrentStock">The on-hand units now (on the last date), or null when unknown.</param>
public sealed record DemandHistory(string Sku, string? Store, ImmutableArray<decimal> DailyUnits, decimal? Revenue, decimal? Cogs, decimal? CurrentStock)
{
    /// <summary>The item's id: the sku, or <c>sku/store</c>.</summary>
    public string ItemId => Store is null ? Sku : $"{Sku}/{Store}";

    /// <summary>
    /// The histories of every item of a day-grain cube: one per sku × store when the cube has a <c>store</c>
    /// dimension, else one per sku (other dimensions are summed). Units, revenue and COGS are the sums of the item's
    /// rows; the current stock is the item's <c>on_hand_units</c> on the last date it has a row.
    /// </summary>
    /// <param name="cube">A cube at <see cref="PeriodGrain.Day"/> with a <c>sku</c> dimension and <c>units_sold</c>.</param>
    /// <param name="missingDays">How days on which an item has no row count (see <see cref="MissingDayTreatment"/>).</param>
    /// <returns>The histories, ordered by sku then store (ordinal).</returns>
    /// <exception cref="ArgumentException">The cube is not at day grain, has no <c>sku</c> dimension or no <c>units_sold</c> measure.</exception>
    public static ImmutableArray<DemandHistory> FromDailyCube(FactCube cube, MissingDayTreatment missingDays = MissingDayTreatment.NotObserved)
    {
        ArgumentNullException.ThrowIfNull(cube);
        if (cube.Grain != PeriodGrain.Day)
        {
            throw new ArgumentException($"An inventory policy needs daily history: the cube's grain is {cube.Grain.ToString().ToLowerInvariant()}, not day.", nameof(cube));
        }

        if (!cube.Dimensions.Contains("sku", StringComparer.Ordinal))
        {
            throw new ArgumentException($"An inventory policy is per sku: the cube's dimensions are [{string.Join(", ", cube.Dimensions)}], without sku.", nameof(cube));
        }

        if (!cube.HasMeasure(StandardMeasures.UnitsSold.Id))
        {
            throw new ArgumentException("An inventory policy needs the units_sold measure, which the data does not have.", nameof(cube));
        }

        bool hasStore = cube.Dimensions.Contains("store", StringComparer.Ordinal);
        string[] keys = hasStore ? ["sku", "store"] : ["sku"];
        FactCube items = cube.Dimensions.SequenceEqual(keys, StringComparer.Ordinal) ? cube : cube.RollUp(keys);
        bool hasRevenue = items.HasMeasure(StandardMeasures.Revenue.Id);
        bool hasCogs = items.HasMeasure(StandardMeasures.Cogs.Id);
        bool hasStock = items.HasMeasure(StandardMeasures.OnHandUnits.Id);
        if (items.IsEmpty)
        {
            return [];
        }

        LocalDate first = items.Periods[0].Start;
        int span = Period.DaysBetween(first, items.Periods[^1].Start) + 1;
        var builder = ImmutableArray.CreateBuilder<DemandHistory>(items.Segments.Length);
        foreach (IGrouping<Segment, FactCell> group in items.Cells.GroupBy(c => c.Segment).OrderBy(g => g.Key, Segment.Comparer))
        {
            FactCell[] cells = [.. group.OrderBy(c => c.Period.Start)];
            ImmutableArray<decimal> units;
            if (missingDays == MissingDayTreatment.ZeroSales)
            {
                var dense = new decimal[span];
                foreach (FactCell cell in cells)
                {
                    dense[Period.DaysBetween(first, cell.Period.Start)] = cell.GetValue(StandardMeasures.UnitsSold.Id) ?? 0m;
                }

                units = [.. dense];
            }
            else
            {
                units = [.. cells.Select(c => c.GetValue(StandardMeasures.UnitsSold.Id) ?? 0m)];
            }

            builder.Add(new DemandHistory(
                group.Key["sku"],
                hasStore ? group.Key["store"] : null,
                units,
                hasRevenue ? cells.Sum(c => c.GetValue(StandardMeasures.Revenue.Id) ?? 0m) : null,
                hasCogs ? cells.Sum(c => c.GetValue(StandardMeasures.Cogs.Id) ?? 0m) : null,
                hasStock ? cells[^1].GetValue(StandardMeasures.OnHandUnits.Id, TimeAggregation.Last) : null));
        }

        return builder.MoveToImmutable();
    }
}
