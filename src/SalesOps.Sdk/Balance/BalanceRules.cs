using System.Collections.Immutable;

namespace SalesOps.Sdk.Balance;

/// <summary>The built-in diagnosis rules (documented in <c>docs/balance.md</c>).</summary>
public static class BalanceRules
{
    /// <summary>
    /// <c>sales_driven_trap</c>: revenue up with promotion intensity up, stockouts and/or overstock rising, and the
    /// gross margin rate falling — growth bought with promotions that the supply chain cannot serve.
    /// </summary>
    public static IBalanceRule SalesDrivenTrap { get; } = new SalesDrivenTrapRule();

    /// <summary>
    /// <c>operations_driven_trap</c>: at least two efficiency KPIs improving (cost ratio down, turnover up, days of
    /// supply down) while revenue or market share falls — ever-leaner operations in a shrinking business.
    /// </summary>
    public static IBalanceRule OperationsDrivenTrap { get; } = new OperationsDrivenTrapRule();

    /// <summary>
    /// <c>silo_friction</c>: forecasts persistently biased one way beyond a band, a tracking signal beyond its limit
    /// on material bias, or high WAPE — sales and operations planning from different numbers.
    /// </summary>
    public static IBalanceRule SiloFriction { get; } = new SiloFrictionRule();

    /// <summary>
    /// <c>healthy_synergy</c>: revenue growing with stable or better service, inventory productivity and margin.
    /// </summary>
    public static IBalanceRule HealthySynergy { get; } = new HealthySynergyRule();

    /// <summary>The four built-in rules.</summary>
    public static ImmutableArray<IBalanceRule> Default { get; } = [SalesDrivenTrap, OperationsDrivenTrap, SiloFriction, HealthySynergy];

    internal static string Percent(decimal fraction) =>
        (fraction * 100m).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " %";

    internal static string Points(decimal fraction) =>
        (fraction * 100m).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " points";

    internal static ImmutableArray<string> StagesOf(BalanceRuleContext context, IEnumerable<FindingEvidence> evidence) =>
        [.. evidence.Select(e => context.StageOf(e.MetricId)).OfType<string>().Distinct(StringComparer.Ordinal)];
}
