using System.Collections.Immutable;

namespace SalesOps.Sdk.Metrics;

/// <summary>Thrown when a set of metrics is invalid: duplicate ids, unknown dependencies, a dependency cycle.</summary>
public sealed class MetricCatalogException : Exception
{
    /// <summary>Creates an exception.</summary>
    public MetricCatalogException()
        : this(["the metric catalog is invalid"])
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public MetricCatalogException(string message)
        : this([message])
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public MetricCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates an exception listing every problem.</summary>
    public MetricCatalogException(IEnumerable<string> problems)
        : base("Invalid metric catalog: " + string.Join("; ", problems ?? []))
    {
        Problems = [.. problems ?? []];
    }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<string> Problems { get; }
}
