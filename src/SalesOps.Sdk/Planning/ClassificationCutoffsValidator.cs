using FluentValidation;

namespace SalesOps.Sdk.Planning;

/// <summary>Checks <see cref="ClassificationCutoffs"/>: 0 &lt; abcA ≤ abcB ≤ 1 and 0 ≤ xyzX ≤ xyzY.</summary>
internal sealed class ClassificationCutoffsValidator : AbstractValidator<ClassificationCutoffs>
{
    public ClassificationCutoffsValidator(string prefix = "")
    {
        RuleFor(c => c.AbcA).Must(a => a is > 0m and <= 1m)
            .WithMessage(c => $"{prefix}abcA {c.AbcA} should be more than 0 and at most 1.");
        RuleFor(c => c.AbcB).Must((c, b) => b >= c.AbcA && b <= 1m)
            .WithMessage(c => $"{prefix}abcB {c.AbcB} should be at least abcA ({c.AbcA}) and at most 1.");
        RuleFor(c => c.XyzX).GreaterThanOrEqualTo(0m)
            .WithMessage(c => $"{prefix}xyzX {c.XyzX} should be 0 or more.");
        RuleFor(c => c.XyzY).Must((c, y) => y >= c.XyzX)
            .WithMessage(c => $"{prefix}xyzY {c.XyzY} should be at least xyzX ({c.XyzX}).");
    }
}
