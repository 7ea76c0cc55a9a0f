using System.Diagnostics.CodeAnalysis;

namespace SalesOps.Sdk.Periods;

/// <summary>
/// The period to compare a reporting period with (the previous period, the same period last year),
/// or the reason why there is none.
/// </summary>
/// <remarks>
/// A comparison never guesses: when a period has no counterpart (week 53 of a 53-week retail year,
/// 29 February, ISO week 53, the first period a calendar supports) <see cref="HasPeriod"/> is
/// <see langword="false"/> and <see cref="Reason"/> says why.
/// </remarks>
public readonly record struct PeriodComparison
{
    private const string DefaultReason = "No comparison period was computed.";

    private readonly string? reason;

    private PeriodComparison(ReportingPeriod? period, string? reason)
    {
        Period = period;
        this.reason = reason;
    }

    /// <summary>The period to compare with, or <see langword="null"/> when there is none.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>
    /// Why there is no period to compare with; <see langword="null"/> when <see cref="HasPeriod"/> is
    /// <see langword="true"/>.
    /// </summary>
    public string? Reason => Period is null ? reason ?? DefaultReason : null;

    /// <summary>Whether a comparison period exists.</summary>
    [MemberNotNullWhen(true, nameof(Period))]
    [MemberNotNullWhen(false, nameof(Reason))]
    public bool HasPeriod => Period is not null;

    /// <summary>A comparison that found <paramref name="period"/>.</summary>
    /// <param name="period">The period to compare with.</param>
    /// <returns>A comparison with <see cref="HasPeriod"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public static PeriodComparison Found(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new PeriodComparison(period, null);
    }

    /// <summary>A comparison that found no period, with the reason.</summary>
    /// <param name="reason">Why there is no period to compare with.</param>
    /// <returns>A comparison without a period.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is null, empty or white space.</exception>
    public static PeriodComparison None(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new PeriodComparison(null, reason);
    }

    /// <summary>The label of the period found, or <c>none: </c> and the reason.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => HasPeriod ? Period.Label : "none: " + Reason;
}
