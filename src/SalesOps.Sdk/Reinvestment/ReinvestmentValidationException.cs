using System.Collections.Immutable;

namespace SalesOps.Sdk.Reinvestment;

/// <summary>Thrown when candidate initiatives are invalid; lists every problem with its path.</summary>
public sealed class ReinvestmentValidationException : Exception
{
    /// <summary>Creates an exception.</summary>
    public ReinvestmentValidationException()
        : this(["the candidate initiatives are invalid"])
    {
    }

    /// <summary>Creates an exception with one problem.</summary>
    public ReinvestmentValidationException(string message)
        : this([message])
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public ReinvestmentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates an exception listing every problem.</summary>
    public ReinvestmentValidationException(IEnumerable<string> problems)
        : base("Invalid initiatives: " + string.Join("; ", problems ?? []))
    {
        Problems = [.. problems ?? []];
    }

    /// <summary>Every problem, each with its path (e.g. <c>initiatives[2].effects[0].unit</c>).</summary>
    public ImmutableArray<string> Problems { get; }
}
