namespace SalesOps.Sdk.Measures;

/// <summary>
/// Thrown when a fact value or row is invalid: a negative quantity, a flag other than 0/1, too many decimal
/// places, a wrong number of values. The message names the measure (or dimension) and the value.
/// </summary>
/// <remarks>Ingestion refuses the row before changing any state, so nothing is half-counted.</remarks>
public sealed class FactDataException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public FactDataException()
        : base("Invalid fact data.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public FactDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public FactDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming the offending column and value.</summary>
    /// <param name="column">The measure or dimension name.</param>
    /// <param name="value">The offending value as text.</param>
    /// <param name="problem">What is wrong, e.g. <c>must not be negative</c>.</param>
    public FactDataException(string column, string value, string problem)
        : base($"column {column}: '{value}' {problem}")
    {
        Column = column;
        Value = value;
        Problem = problem;
    }

    /// <summary>The measure or dimension name, when known.</summary>
    public string? Column { get; }

    /// <summary>The offending value as text, when known.</summary>
    public string? Value { get; }

    /// <summary>What is wrong with the value, when known.</summary>
    public string? Problem { get; }
}
