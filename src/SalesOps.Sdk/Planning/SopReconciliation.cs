using System.Collections.Immutable;

namespace SalesOps.Sdk.Planning;

/// <summary>
/// S&amp;OP reconciliation: a demand plan against a supply plan per item × period — gaps in units and value, projected
/// inventory, projected stockouts and overstock, and the constrained plan (sales limited by available stock).
/// </summary>
/// <remarks>
/// Every item gets a line for every period from the plan's first to its last period (a missing plan line is 0 units).
/// Pure and thread-safe; exact decimal arithmetic. Method: the projected-available-balance of master planning
/// (APICS/ASCM, <i>Master Planning of Resources</i>; Wallace &amp; Stahl, <i>Sales &amp; Operations Planning</i>).
/// </remarks>
public static class SopReconciliation
{
    /// <summary>Reconciles a demand plan with a supply plan.</summary>
    /// <param name="items">Every planned item with its opening stock, unit value and safety stock; ids unique.</param>
    /// <param name="demand">Demand plan lines; (item, period) unique, items among <paramref name="items"/>.</param>
    /// <param name="supply">Supply plan lines (receipts); (item, period) unique, items among <paramref name="items"/>.</param>
    /// <param name="options">The period length and the days-of-supply ceiling.</param>
    /// <returns>The lines ordered by item (ordinal) then period.</returns>
    /// <exception cref="ArgumentException">
    /// An item repeats or has a negative opening stock, unit value or safety stock; a line repeats, names an unknown
    /// item or has negative units; or the options are invalid.
    /// </exception>
    public static ImmutableArray<SopLine> Reconcile(IEnumerable<SopItem> items, IEnumerable<PlanLine> demand, IEnumerable<PlanLine> supply, SopOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(supply);
        ArgumentNullException.ThrowIfNull(options);
        if (options.PeriodDays <= 0m || options.MaxDaysOfSupply <= 0m)
        {
            throw new ArgumentException(
                $"periodDays ({options.PeriodDays}) and maxDaysOfSupply ({options.MaxDaysOfSupply?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}) should be more than 0.",
                nameof(options));
        }

        Dictionary<string, SopItem> known = CheckItems(items, nameof(items));
        Dictionary<(string, int), decimal> demandBy = Index(demand, known, nameof(demand));
        Dictionary<(string, int), decimal> supplyBy = Index(supply, known, nameof(supply));
        int[] periods = [.. demandBy.Keys.Concat(supplyBy.Keys).Select(k => k.Item2)];
        if (periods.Length == 0)
        {
            return [];
        }

        int first = periods.Min(), last = periods.Max();
        var lines = ImmutableArray.CreateBuilder<SopLine>();
        foreach (SopItem item in known.Values.OrderBy(i => i.Item, StringComparer.Ordinal))
        {
            decimal projected = item.OpeningStock, constrained = item.OpeningStock;
            for (int period = first; period <= last; period++)
            {
                decimal d = demandBy.GetValueOrDefault((item.Item, period));
                decimal s = supplyBy.GetValueOrDefault((item.Item, period));
                projected += s - d;
                decimal available = constrained + s;
                decimal sales = Math.Min(d, available);
                constrained = available - sales;
                decimal? daysOfSupply = d > 0m && projected >= 0m ? projected * options.PeriodDays / d : null;
                lines.Add(new SopLine
                {
                    Item = item.Item,
                    Period = period,
                    Demand = d,
                    Supply = s,
                    GapUnits = s - d,
                    GapValue = (s - d) * item.UnitValue,
                    ProjectedInventory = projected,
                    DaysOfSupply = daysOfSupply,
                    Status = Status(projected, item.SafetyStock, d, daysOfSupply, options.MaxDaysOfSupply),
                    ConstrainedSales = sales,
                    ConstrainedInventory = constrained,
                    UnmetDemand = d - sales,
                });
            }
        }

        return lines.ToImmutable();
    }

    private static SopInventoryStatus Status(decimal projected, decimal safetyStock, decimal demand, decimal? daysOfSupply, decimal? ceiling)
    {
        if (projected < 0m)
        {
            return SopInventoryStatus.Stockout;
        }

        if (projected < safetyStock)
        {
            return SopInventoryStatus.BelowSafetyStock;
        }

        bool over = ceiling is { } max && (demand > 0m ? daysOfSupply > max : projected > 0m);
        return over ? SopInventoryStatus.Overstock : SopInventoryStatus.Balanced;
    }

    private static Dictionary<string, SopItem> CheckItems(IEnumerable<SopItem> items, string parameterName)
    {
        var known = new Dictionary<string, SopItem>(StringComparer.Ordinal);
        int i = 0;
        foreach (SopItem item in items)
        {
            if (item is null || string.IsNullOrEmpty(item.Item))
            {
                throw new ArgumentException($"items[{i}] is null or has no item id.", parameterName);
            }

            if (item.OpeningStock < 0m || item.UnitValue < 0m || item.SafetyStock < 0m)
            {
                throw new ArgumentException(
                    $"items[{i}] ({item.Item}): opening stock {item.OpeningStock}, unit value {item.UnitValue} and safety stock {item.SafetyStock} cannot be negative.",
                    parameterName);
            }

            if (!known.TryAdd(item.Item, item))
            {
                throw new ArgumentException($"items[{i}]: item {item.Item} appears more than once.", parameterName);
            }

            i++;
        }

        return known;
    }

    private static Dictionary<(string, int), decimal> Index(IEnumerable<PlanLine> lines, Dictionary<string, SopItem> known, string parameterName)
    {
        var index = new Dictionary<(string, int), decimal>();
        int i = 0;
        foreach (PlanLine line in lines)
        {
            if (line is null)
            {
                throw new ArgumentException($"{parameterName}[{i}] is null.", parameterName);
            }

            if (!known.ContainsKey(line.Item ?? string.Empty))
            {
                throw new ArgumentException($"{parameterName}[{i}]: item '{line.Item}' is not among the plan's items.", parameterName);
            }

            if (line.Units < 0m)
            {
                throw new ArgumentException($"{parameterName}[{i}] (item {line.Item}, period {line.Period}): units {line.Units} cannot be negative.", parameterName);
            }

            if (!index.TryAdd((line.Item!, line.Period), line.Units))
            {
                throw new ArgumentException($"{parameterName}[{i}]: item {line.Item} period {line.Period} appears more than once.", parameterName);
            }

            i++;
        }

        return index;
    }
}
