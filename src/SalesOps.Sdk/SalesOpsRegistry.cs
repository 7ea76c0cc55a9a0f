namespace SalesOps.Sdk;

/// <summary>Tracks whether a service provider has built the metric catalog, after which the builder is frozen.</summary>
internal sealed class SalesOpsRegistry
{
    private int _frozen;

    public bool IsFrozen => Volatile.Read(ref _frozen) == 1;

    public void Freeze() => Interlocked.Exchange(ref _frozen, 1);

    public void ThrowIfFrozen(string what)
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException($"Cannot add '{what}': the metric catalog has already been built; register metrics before resolving SalesOps services.");
        }
    }
}
