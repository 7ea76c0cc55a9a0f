namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// A rule of a <see cref="StageCostMapping"/>: accounts matching it (exactly, by prefix, or in a range) belong to a stage.
/// </summary>
/// <remarks>Immutable. Create rules with <see cref="Exact"/>, <see cref="Prefix"/> and <see cref="Range"/>.</remarks>
public sealed record StageCostRule
{
    private StageCostRule(StageCostMatch match, string from, string to, string stageId)
    {
        Match = match;
        From = from;
        To = to;
        StageId = stageId;
    }

    /// <summary>How the rule matches.</summary>
    public StageCostMatch Match { get; }

    /// <summary>The account (exact), the prefix, or the lower bound of the range.</summary>
    public string From { get; }

    /// <summary>The upper bound of the range (inclusive); equal to <see cref="From"/> for the other kinds.</summary>
    public string To { get; }

    /// <summary>The stage the matching accounts belong to.</summary>
    public string StageId { get; }

    /// <summary>One account → stage, e.g. <c>Exact("6120", "outbound_logistics")</c>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StageCostRule Exact(string account, string stageId)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(stageId);
        return new(StageCostMatch.Exact, account, account, stageId);
    }

    /// <summary>Every account starting with a prefix → stage, e.g. <c>Prefix("CC-WH", "inbound_logistics")</c>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StageCostRule Prefix(string prefix, string stageId)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(stageId);
        return new(StageCostMatch.Prefix, prefix, prefix, stageId);
    }

    /// <summary>Every account from <paramref name="from"/> to <paramref name="to"/> inclusive → stage, e.g. <c>Range("6100", "6199", "outbound_logistics")</c>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StageCostRule Range(string from, string to, string stageId)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(stageId);
        return new(StageCostMatch.Range, from, to, stageId);
    }

    /// <summary>Whether an account matches the rule.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public bool Matches(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Match switch
        {
            StageCostMatch.Exact => string.Equals(account, From, StringComparison.Ordinal),
            StageCostMatch.Prefix => account.StartsWith(From, StringComparison.Ordinal),
            _ => CompareAccounts(From, account) <= 0 && CompareAccounts(account, To) <= 0,
        };
    }

    /// <summary>The rule in words, e.g. <c>6100..6199 → outbound_logistics</c>.</summary>
    public override string ToString() => Match switch
    {
        StageCostMatch.Exact => $"{From} → {StageId}",
        StageCostMatch.Prefix => $"{From}* → {StageId}",
        _ => $"{From}..{To} → {StageId}",
    };

    /// <summary>Numeric order when both are digit strings (so 999 &lt; 1000), else ordinal.</summary>
    internal static int CompareAccounts(string left, string right)
    {
        if (IsDigits(left) && IsDigits(right))
        {
            string a = left.TrimStart('0');
            string b = right.TrimStart('0');
            return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
        }

        return string.CompareOrdinal(left, right);
    }

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
