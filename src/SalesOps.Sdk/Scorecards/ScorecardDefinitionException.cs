using System.Collections.Immutable;
using FluentValidation.Results;

namespace SalesOps.Sdk.Scorecards;

/// <summary>Thrown when an invalid scorecard definition is given to <see cref="ScorecardEvaluator"/>: lists every problem with its path.</summary>
public sealed class ScorecardDefinitionException : Exception
{
    /// <summary>Creates an exception.</summary>
    public ScorecardDefinitionException()
        : this("the scorecard definition is invalid")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ScorecardDefinitionException(string message)
        : base(message)
    {
        Problems = [new ValidationFailure(string.Empty, message)];
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScorecardDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ValidationFailure(string.Empty, message)];
    }

    /// <summary>Creates an exception listing every validation failure.</summary>
    /// <param name="scorecardId">The definition's id.</param>
    /// <param name="problems">The failures, each with its path (<see cref="ValidationFailure.PropertyName"/>).</param>
    public ScorecardDefinitionException(string? scorecardId, IEnumerable<ValidationFailure> problems)
        : this(scorecardId, [.. problems ?? []])
    {
    }

    private ScorecardDefinitionException(string? scorecardId, ImmutableArray<ValidationFailure> problems)
        : base($"Scorecard '{scorecardId}' is invalid ({problems.Length} problem{(problems.Length == 1 ? string.Empty : "s")}): " + string.Join("; ", problems.Select(p => p.ErrorMessage)))
    {
        Problems = problems;
    }

    /// <summary>Every problem, each with its path in <see cref="ValidationFailure.PropertyName"/>.</summary>
    public ImmutableArray<ValidationFailure> Problems { get; }
}
