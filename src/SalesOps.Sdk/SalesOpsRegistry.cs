namespace SalesOps.Sdk;

/// <summary>Tracks whether a service provider has built the metric catalog or the scoring methods, after which the builder is frozen.</summary>
internal sealed class SalesOpsRegistry
{
    private int _frozen;

    public bool IsFrozen => Volatile.Read(ref _frozen) == 1;

    public void Freeze() => Interlocked.Exchange(ref _frozen, 1);

    public void ThrowIfFrozen(string what)
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException($"Cannot add '{what}': the SalesOps services (metric catalog, scoring methods) have already been built; register metrics and scoring methods before resolving SalesOps services.");
        }
    }
}
