using System.Collections.Immutable;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Planning;

/// <summary>
/// Inventory policy from sales history: per item D, σ, safety stock, reorder point, EOQ, maximum, stock status against
/// the current stock, and ABC/XYZ classes (formulas in <see cref="InventoryFormulas"/> and docs/planning.md).
/// </summary>
/// <remarks>
/// Pure and thread-safe. An item with fewer than two days of history gets its D (when it has one day) and a note, and
/// no σ, SS, ROP, EOQ, maximum or XYZ class; a unit cost of 0 or an unknown one gives no EOQ, with a note. No figure
/// is ever NaN or infinite.
/// </remarks>
public static class InventoryPolicy
{
    private const decimal DaysPerYear = 365m;
    private static readonly InventoryPolicyOptionsValidator Validator = new();

    /// <summary>The policy of every item of a day-grain cube (see <see cref="DemandHistory.FromDailyCube"/>).</summary>
    /// <param name="dailyCube">A cube at day grain with a <c>sku</c> dimension and <c>units_sold</c>.</param>
    /// <param name="options">The policy parameters.</param>
    /// <returns>One policy per item, ordered by sku then store.</returns>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every problem), or the cube is not at day grain, has no sku or no units_sold.</exception>
    public static InventoryPolicyReport FromDailyCube(FactCube dailyCube, InventoryPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(dailyCube);
        ArgumentNullException.ThrowIfNull(options);
        PlanningValidation.ThrowIfInvalid(options, Validator, nameof(options));
        return Calculate(DemandHistory.FromDailyCube(dailyCube, options.MissingDays), options);
    }

    /// <summary>The policy of every item of a set of histories.</summary>
    /// <param name="histories">One history per item; item ids (sku, store) unique.</param>
    /// <param name="options">The policy parameters.</param>
    /// <returns>One policy per history, in the same order.</returns>
    /// <exception cref="ArgumentException">
    /// The options are invalid (the message lists every problem), an item appears twice, or a history has negative units or stock.
    /// </exception>
    public static InventoryPolicyReport Calculate(IEnumerable<DemandHistory> histories, InventoryPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(options);
        PlanningValidation.ThrowIfInvalid(options, Validator, nameof(options));
        DemandHistory[] items = [.. histories];
        CheckHistories(items, nameof(histories));

        double z = InventoryFormulas.ZScore(options.ServiceLevel);
        decimal zDecimal = DecimalMath.FromDouble(z);
        ImmutableDictionary<string, AbcClass>? abc = null;
        string? abcNote = null;
        if (items.Length > 0 && items.All(i => i.Revenue is not null))
        {
            decimal total = items.Sum(i => i.Revenue!.Value);
            if (total > 0m)
            {
                abc = AbcXyzClassification.ClassifyAbc(items.Select(i => KeyValuePair.Create(i.ItemId, i.Revenue!.Value)), options.Cutoffs);
            }
            else
            {
                abcNote = $"abc: the total revenue of all items is {total}, not positive";
            }
        }
        else
        {
            abcNote = "abc: the data has no revenue";
        }

        var policies = ImmutableArray.CreateBuilder<ItemPolicy>(items.Length);
        foreach (DemandHistory item in items)
        {
            policies.Add(ForItem(item, options, zDecimal, abc, abcNote));
        }

        return new InventoryPolicyReport(options, z, policies.MoveToImmutable());
    }

    private static ItemPolicy ForItem(DemandHistory item, InventoryPolicyOptions options, decimal z, ImmutableDictionary<string, AbcClass>? abc, string? abcNote)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        if (abcNote is not null)
        {
            notes.Add(abcNote);
        }

        int n = item.DailyUnits.IsDefault ? 0 : item.DailyUnits.Length;
        decimal unitsSold = n == 0 ? 0m : item.DailyUnits.Sum();
        decimal? average = n == 0 ? null : unitsSold / n;
        decimal? variance = null;
        if (n >= 2)
        {
            decimal mean = average!.Value;
            decimal squares = 0m;
            foreach (decimal units in item.DailyUnits)
            {
                decimal deviation = units - mean;
                squares += deviation * deviation;
            }

            variance = squares / (n - 1);
        }
        else
        {
            notes.Add($"fewer than two days of history ({n}): no standard deviation, safety stock, reorder point, EOQ or XYZ class");
        }

        decimal? stdDev = variance is { } v ? DecimalMath.Sqrt(v) : null;
        decimal? cv = null;
        if (stdDev is { } s)
        {
            if (average > 0m)
            {
                cv = s / average.Value;
            }
            else
            {
                notes.Add("xyz: no demand in the history, so no coefficient of variation");
            }
        }

        decimal? safetyStock = variance is { } var2
            ? InventoryFormulas.SafetyStockFromVariance(z, average!.Value, var2, options.LeadTimeDays, options.LeadTimeStdDevDays)
            : null;
        decimal? reorderPoint = safetyStock is { } ss ? (average!.Value * options.LeadTimeDays) + ss : null;

        decimal? unitCost = null;
        if (item.Cogs is null)
        {
            notes.Add("eoq: the data has no cogs, so no unit cost");
        }
        else if (unitsSold == 0m)
        {
            notes.Add("eoq: no units sold, so no unit cost");
        }
        else
        {
            unitCost = item.Cogs.Value / unitsSold;
        }

        decimal? eoq = null;
        if (unitCost is { } cost && stdDev is not null)
        {
            if (cost > 0m)
            {
                eoq = InventoryFormulas.EconomicOrderQuantity(DaysPerYear * average!.Value, options.OrderCost, options.HoldingRate * cost);
            }
            else
            {
                notes.Add($"eoq: the unit cost is {cost}, so holding cost is not positive");
            }
        }

        decimal? maximum = reorderPoint is { } rop && eoq is { } q ? rop + q : null;
        return new ItemPolicy
        {
            Sku = item.Sku,
            Store = item.Store,
            Days = n,
            UnitsSold = unitsSold,
            Revenue = item.Revenue,
            AverageDailyDemand = average,
            DemandStdDev = stdDev,
            CoefficientOfVariation = cv,
            SafetyStock = safetyStock,
            ReorderPoint = reorderPoint,
            UnitCost = unitCost,
            Eoq = eoq,
            MaximumStock = maximum,
            CurrentStock = item.CurrentStock,
            StockStatus = Status(item.CurrentStock, safetyStock, reorderPoint, maximum),
            Abc = abc?[item.ItemId],
            Xyz = cv is { } c ? AbcXyzClassification.ClassifyXyz(c, options.Cutoffs) : null,
            Notes = notes.ToImmutable(),
        };
    }

    private static StockStatus Status(decimal? stock, decimal? safetyStock, decimal? reorderPoint, decimal? maximum)
    {
        if (stock is not { } on || safetyStock is not { } ss || reorderPoint is not { } rop)
        {
            return StockStatus.Unknown;
        }

        if (on < ss)
        {
            return StockStatus.BelowSafetyStock;
        }

        if (on < rop)
        {
            return StockStatus.ReorderDue;
        }

        return maximum is { } max && on > max ? StockStatus.AboveMaximum : StockStatus.WithinPolicy;
    }

    private static void CheckHistories(DemandHistory[] items, string parameterName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < items.Length; i++)
        {
            DemandHistory item = items[i] ?? throw new ArgumentException($"histories[{i}] is null.", parameterName);
            if (string.IsNullOrEmpty(item.Sku))
            {
                throw new ArgumentException($"histories[{i}] has no sku.", parameterName);
            }

            if (!seen.Add(item.ItemId))
            {
                throw new ArgumentException($"histories[{i}]: item {item.ItemId} appears more than once.", parameterName);
            }

            for (int day = 0; !item.DailyUnits.IsDefault && day < item.DailyUnits.Length; day++)
            {
                if (item.DailyUnits[day] < 0m)
                {
                    throw new ArgumentException($"histories[{i}] ({item.ItemId}): day {day} has {item.DailyUnits[day]} units sold; units sold cannot be negative.", parameterName);
                }
            }

            if (item.CurrentStock < 0m)
            {
                throw new ArgumentException($"histories[{i}] ({item.ItemId}): current stock {item.CurrentStock} is negative.", parameterName);
            }
        }
    }
}
