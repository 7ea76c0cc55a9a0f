using System.Collections.Immutable;

namespace SalesOps.Sdk.Planning;

/// <summary>ABC classification by revenue and XYZ classification by demand variability.</summary>
/// <remarks>
/// ABC: items ranked by revenue, highest first (ties by id, ordinal); an item is A while the cumulative share of the
/// items ranked <i>above</i> it is below <see cref="ClassificationCutoffs.AbcA"/>, B while below
/// <see cref="ClassificationCutoffs.AbcB"/>, else C — so the top item is always A and the item that crosses a cut-off
/// still belongs to the class it completes. XYZ: coefficient of variation CV = σ/D of daily demand; X when
/// CV ≤ <see cref="ClassificationCutoffs.XyzX"/>, Y when CV ≤ <see cref="ClassificationCutoffs.XyzY"/>, else Z.
/// </remarks>
public static class AbcXyzClassification
{
    /// <summary>Classifies items by their revenue.</summary>
    /// <param name="revenueByItem">Each item's id and revenue; ids unique.</param>
    /// <param name="cutoffs">The cut-offs; <see cref="ClassificationCutoffs.Default"/> when null.</param>
    /// <returns>The class of every item.</returns>
    /// <exception cref="ArgumentException">An id is null or repeated, the total revenue is not positive, or the cut-offs are invalid.</exception>
    public static ImmutableDictionary<string, AbcClass> ClassifyAbc(IEnumerable<KeyValuePair<string, decimal>> revenueByItem, ClassificationCutoffs? cutoffs = null)
    {
        ArgumentNullException.ThrowIfNull(revenueByItem);
        cutoffs ??= ClassificationCutoffs.Default;
        PlanningValidation.ThrowIfInvalid(cutoffs, new ClassificationCutoffsValidator(), nameof(cutoffs));
        KeyValuePair<string, decimal>[] items = [.. revenueByItem];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, decimal> item in items)
        {
            if (item.Key is null || !seen.Add(item.Key))
            {
                throw new ArgumentException($"Item ids should be unique and not null; '{item.Key}' is not.", nameof(revenueByItem));
            }
        }

        decimal total = items.Sum(i => i.Value);
        if (total <= 0m)
        {
            throw new ArgumentException($"ABC classification needs a positive total revenue, not {total}.", nameof(revenueByItem));
        }

        var result = ImmutableDictionary.CreateBuilder<string, AbcClass>(StringComparer.Ordinal);
        decimal above = 0m;
        foreach (KeyValuePair<string, decimal> item in items.OrderByDescending(i => i.Value).ThenBy(i => i.Key, StringComparer.Ordinal))
        {
            decimal shareAbove = above / total;
            result[item.Key] = shareAbove < cutoffs.AbcA ? AbcClass.A : shareAbove < cutoffs.AbcB ? AbcClass.B : AbcClass.C;
            above += item.Value;
        }

        return result.ToImmutable();
    }

    /// <summary>The XYZ class of a coefficient of variation.</summary>
    /// <param name="coefficientOfVariation">σ/D of daily demand (0 or more).</param>
    /// <param name="cutoffs">The cut-offs; <see cref="ClassificationCutoffs.Default"/> when null.</param>
    /// <returns>X, Y or Z.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The coefficient is negative.</exception>
    /// <exception cref="ArgumentException">The cut-offs are invalid.</exception>
    public static XyzClass ClassifyXyz(decimal coefficientOfVariation, ClassificationCutoffs? cutoffs = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(coefficientOfVariation);
        cutoffs ??= ClassificationCutoffs.Default;
        PlanningValidation.ThrowIfInvalid(cutoffs, new ClassificationCutoffsValidator(), nameof(cutoffs));
        return coefficientOfVariation <= cutoffs.XyzX ? XyzClass.X : coefficientOfVariation <= cutoffs.XyzY ? XyzClass.Y : XyzClass.Z;
    }
}
