namespace SalesOps.Sdk.Planning;

/// <summary>The cut-offs of the ABC and XYZ classifications.</summary>
/// <param name="AbcA">An item is A while the cumulative revenue share of the items ranked above it is below this (default 0.80).</param>
/// <param name="AbcB">An item is B while that share is below this, else C (default 0.95).</param>
/// <param name="XyzX">An item is X when its coefficient of variation is at most this (default 0.5).</param>
/// <param name="XyzY">An item is Y when its coefficient of variation is at most this, else Z (default 1.0).</param>
/// <remarks>Valid cut-offs have 0 &lt; AbcA ≤ AbcB ≤ 1 and 0 ≤ XyzX ≤ XyzY.</remarks>
public sealed record ClassificationCutoffs(decimal AbcA = 0.80m, decimal AbcB = 0.95m, decimal XyzX = 0.5m, decimal XyzY = 1.0m)
{
    /// <summary>The defaults: A below 80%, B below 95%; X up to CV 0.5, Y up to 1.0.</summary>
    public static ClassificationCutoffs Default { get; } = new();
}
