using System.Collections.Immutable;

namespace SalesOps.Sdk.Scorecards;

/// <summary>
/// An immutable set of scoring methods by name: the built-in ones (<see cref="Standard"/>) plus any custom
/// <see cref="IScoringMethod"/> added with <see cref="With"/>.
/// </summary>
/// <remarks>
/// <para>The built-in methods, each direction-aware, each giving a score in [0, 1]:</para>
/// <list type="bullet">
/// <item><c>linear</c> (needs baseline and target): clamp((actual − baseline) / (target − baseline), 0, 1) — a
/// lower-is-better indicator has baseline &gt; target; target-is-best scores 1 − |actual − target| / |baseline − target|,
/// clamped.</item>
/// <item><c>min_max</c> (needs min and max): (actual − min) / (max − min) for higher-is-better, inverted
/// (max − actual) / (max − min) for lower-is-better; target-is-best (also needs min &lt; target &lt; max) rises from 0 at
/// min to 1 at target and falls to 0 at max. Clamped to [0, 1].</item>
/// <item><c>bands</c> (needs thresholds): the first <see cref="ScoreBand"/> the actual value reaches gives the score
/// and status; none reached gives 0 and red.</item>
/// <item><c>binary</c> (needs target): 1 when the target is met (actual ≥ target, or ≤ for lower-is-better), else 0;
/// target-is-best needs min and max and is met inside [min, max].</item>
/// </list>
/// <para>Thread-safe.</para>
/// </remarks>
public sealed class ScoringMethods
{
    /// <summary>The name of linear progress from baseline to target.</summary>
    public const string Linear = "linear";

    /// <summary>The name of min–max normalisation.</summary>
    public const string MinMax = "min_max";

    /// <summary>The name of ordered threshold bands.</summary>
    public const string Bands = "bands";

    /// <summary>The name of meets-target-or-not.</summary>
    public const string Binary = "binary";

    private readonly ImmutableDictionary<string, IScoringMethod> _methods;

    private ScoringMethods(ImmutableDictionary<string, IScoringMethod> methods) => _methods = methods;

    /// <summary>The four built-in methods.</summary>
    public static ScoringMethods Standard { get; } = new(ImmutableDictionary.CreateRange(
        StringComparer.Ordinal,
        new IScoringMethod[] { new LinearScoring(), new MinMaxScoring(), new BandsScoring(), new BinaryScoring() }
            .Select(m => KeyValuePair.Create(m.Name, m))));

    /// <summary>The method names, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _methods.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Whether a method has the name.</summary>
    /// <param name="name">The method name.</param>
    /// <returns>True when known.</returns>
    public bool Contains(string name) => name is not null && _methods.ContainsKey(name);

    /// <summary>The method with the name.</summary>
    /// <param name="name">The method name.</param>
    /// <exception cref="KeyNotFoundException">No method has the name; the message lists the known names.</exception>
    public IScoringMethod this[string name] =>
        name is not null && _methods.TryGetValue(name, out IScoringMethod? method)
            ? method
            : throw new KeyNotFoundException($"Unknown scoring method '{name}'; known methods: {string.Join(", ", Names)}.");

    /// <summary>A set with more methods; a method with an existing name replaces it.</summary>
    /// <param name="methods">The methods to add.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="methods"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A method's name is blank.</exception>
    public ScoringMethods With(params IEnumerable<IScoringMethod> methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        ImmutableDictionary<string, IScoringMethod> result = _methods;
        foreach (IScoringMethod method in methods)
        {
            ArgumentNullException.ThrowIfNull(method);
            if (string.IsNullOrWhiteSpace(method.Name))
            {
                throw new ArgumentException($"Scoring method {method.GetType().Name} has a blank name.", nameof(methods));
            }

            result = result.SetItem(method.Name, method);
        }

        return new ScoringMethods(result);
    }
}
