using FluentValidation;
using FluentValidation.Results;

namespace SalesOps.Sdk.Planning;

/// <summary>Turns a FluentValidation result into one <see cref="ArgumentException"/> that lists every problem with its path.</summary>
internal static class PlanningValidation
{
    public static void ThrowIfInvalid<T>(T value, IValidator<T> validator, string parameterName)
    {
        ValidationResult result = validator.Validate(value);
        if (!result.IsValid)
        {
            throw new ArgumentException(string.Join("; ", result.Errors.Select(e => e.ErrorMessage)), parameterName);
        }
    }
}
