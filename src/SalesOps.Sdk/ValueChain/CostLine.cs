using NodaTime;

namespace SalesOps.Sdk.ValueChain;

/// <summary>One posting of the host's ledger or cost-centre report: a date, an account (or cost centre) and an amount.</summary>
/// <param name="Date">The posting date; it decides the reporting period.</param>
/// <param name="Account">The GL account or cost-centre code, e.g. <c>6120</c> or <c>CC-WH-01</c>.</param>
/// <param name="Amount">The amount in the data set's currency (credits negative).</param>
public readonly record struct CostLine(LocalDate Date, string Account, decimal Amount);
