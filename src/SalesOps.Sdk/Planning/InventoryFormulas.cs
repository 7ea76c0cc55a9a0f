namespace SalesOps.Sdk.Planning;

/// <summary>
/// The textbook inventory formulas behind <see cref="InventoryPolicy"/>: the service-level z, safety stock with demand
/// and lead-time variability, reorder point and economic order quantity. Units: demand per day, lead time in days.
/// </summary>
/// <remarks>
/// Pure functions in decimal (square roots by Newton steps in decimal), so no result is NaN or infinite. Sources:
/// Silver, Pyke &amp; Thomas, <i>Inventory and Production Management in Supply Chains</i> (4th ed., 2017), ch. 4 and 6;
/// Harris (1913) for the EOQ; Wichura (1988), algorithm AS 241, for the inverse normal.
/// </remarks>
public static class InventoryFormulas
{
    /// <summary>
    /// The z of a cycle service level: the inverse standard normal distribution function, z = Φ⁻¹(p), accurate to about
    /// 1e-15 (Wichura's AS 241): 0.95 gives 1.6448536269514715 (exact 1.64485362695147222…), 0.5 gives 0.
    /// </summary>
    /// <param name="serviceLevel">The probability of no stockout in a replenishment cycle, strictly between 0 and 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The service level is not in the open range (0, 1).</exception>
    public static double ZScore(double serviceLevel)
    {
        if (!(serviceLevel > 0.0 && serviceLevel < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(serviceLevel), serviceLevel, $"The service level should be in the open range (0, 1), not {serviceLevel}.");
        }

        return StandardNormal.InverseCdf(serviceLevel);
    }

    /// <summary>
    /// Safety stock SS = z·√(L·σ² + D²·σL²): demand variability over the lead time plus lead-time variability at the
    /// average demand. With σL = 0 it is the familiar z·σ·√L.
    /// </summary>
    /// <param name="z">The service-level z (<see cref="ZScore"/>); a z below 0 (service level under 50%) gives a negative safety stock.</param>
    /// <param name="averageDailyDemand">D, the mean daily demand in units (0 or more).</param>
    /// <param name="demandStdDev">σ, the standard deviation of daily demand in units (0 or more).</param>
    /// <param name="leadTimeDays">L, the replenishment lead time in days (0 or more).</param>
    /// <param name="leadTimeStdDevDays">σL, the standard deviation of the lead time in days (0 or more).</param>
    /// <returns>The safety stock in units.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A demand, deviation or lead time is negative.</exception>
    public static decimal SafetyStock(decimal z, decimal averageDailyDemand, decimal demandStdDev, decimal leadTimeDays, decimal leadTimeStdDevDays = 0m)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(averageDailyDemand);
        ArgumentOutOfRangeException.ThrowIfNegative(demandStdDev);
        ArgumentOutOfRangeException.ThrowIfNegative(leadTimeDays);
        ArgumentOutOfRangeException.ThrowIfNegative(leadTimeStdDevDays);
        return SafetyStockFromVariance(z, averageDailyDemand, demandStdDev * demandStdDev, leadTimeDays, leadTimeStdDevDays);
    }

    /// <summary>Reorder point ROP = D·L + SS: the expected demand over the lead time plus the safety stock.</summary>
    /// <param name="averageDailyDemand">D, the mean daily demand in units (0 or more).</param>
    /// <param name="leadTimeDays">L, the lead time in days (0 or more).</param>
    /// <param name="safetyStock">SS in units.</param>
    /// <returns>The reorder point in units.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The demand or the lead time is negative.</exception>
    public static decimal ReorderPoint(decimal averageDailyDemand, decimal leadTimeDays, decimal safetyStock)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(averageDailyDemand);
        ArgumentOutOfRangeException.ThrowIfNegative(leadTimeDays);
        return (averageDailyDemand * leadTimeDays) + safetyStock;
    }

    /// <summary>
    /// Economic order quantity EOQ = √(2·A·S / H) (Harris 1913), A the annual demand, S the cost per order and H the
    /// cost of holding one unit for a year. A = 1000, S = 10, H = 0.5 gives 200.
    /// </summary>
    /// <param name="annualDemand">A, units per year (0 or more).</param>
    /// <param name="orderCost">S, the fixed cost of placing one order (more than 0).</param>
    /// <param name="holdingCostPerUnitYear">H, the cost of holding one unit for a year (more than 0), e.g. holding rate × unit cost.</param>
    /// <returns>The order quantity in units.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The demand is negative, or the order or holding cost is not positive.</exception>
    public static decimal EconomicOrderQuantity(decimal annualDemand, decimal orderCost, decimal holdingCostPerUnitYear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(annualDemand);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(orderCost);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(holdingCostPerUnitYear);
        return DecimalMath.Sqrt(2m * annualDemand * orderCost / holdingCostPerUnitYear);
    }

    internal static decimal SafetyStockFromVariance(decimal z, decimal averageDailyDemand, decimal demandVariance, decimal leadTimeDays, decimal leadTimeStdDevDays) =>
        z * DecimalMath.Sqrt((leadTimeDays * demandVariance) + (averageDailyDemand * averageDailyDemand * leadTimeStdDevDays * leadTimeStdDevDays));
}
