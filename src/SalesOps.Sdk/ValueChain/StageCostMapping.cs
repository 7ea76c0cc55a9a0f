using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// Turns a host's GL accounts or cost centres into value-chain stages by rules (exact account, prefix, range), and its
/// cost lines into stage costs per reporting period. Accounts no rule matches are reported with their amounts.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. When several rules match an account the most specific wins: an exact rule, else the
/// longest matching prefix, else the first matching range in declaration order.</para>
/// <para>The rules are validated when the mapping is created: every stage id must be one of the stages, account texts
/// non-blank, ranges ordered, and no account or prefix given twice.</para>
/// </remarks>
public sealed class StageCostMapping
{
    private static readonly RulesValidator Validator = new();

    private readonly ImmutableDictionary<string, string> _exact;
    private readonly ImmutableArray<StageCostRule> _prefixes;
    private readonly ImmutableArray<StageCostRule> _ranges;

    /// <summary>Creates a mapping.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="stages">The stages the rules may name. Default: <see cref="ValueChainStage.Porter"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">The rules are invalid; the message lists every problem with its path (<c>rules[3].stageId</c>).</exception>
    public StageCostMapping(IEnumerable<StageCostRule> rules, IEnumerable<ValueChainStage>? stages = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
        Stages = stages is null ? ValueChainStage.Porter : [.. stages];
        ValidationResult result = Validator.Validate(this);
        if (!result.IsValid)
        {
            throw new ArgumentException("Invalid stage cost mapping: " + string.Join(" ", result.Errors.Select(e => e.ErrorMessage)), nameof(rules));
        }

        _exact = Rules.Where(r => r.Match == StageCostMatch.Exact).ToImmutableDictionary(r => r.From, r => r.StageId, StringComparer.Ordinal);
        _prefixes = [.. Rules.Where(r => r.Match == StageCostMatch.Prefix).OrderByDescending(r => r.From.Length)];
        _ranges = [.. Rules.Where(r => r.Match == StageCostMatch.Range)];
    }

    /// <summary>The rules, in declaration order.</summary>
    public ImmutableArray<StageCostRule> Rules { get; }

    /// <summary>The stages the rules may name.</summary>
    public ImmutableArray<ValueChainStage> Stages { get; }

    /// <summary>The stage of an account, or null when no rule matches it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public string? StageOf(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (_exact.TryGetValue(account, out string? stage))
        {
            return stage;
        }

        foreach (StageCostRule rule in _prefixes)
        {
            if (rule.Matches(account))
            {
                return rule.StageId;
            }
        }

        foreach (StageCostRule rule in _ranges)
        {
            if (rule.Matches(account))
            {
                return rule.StageId;
            }
        }

        return null;
    }

    /// <summary>
    /// Sums cost lines into stage costs per reporting period; lines of accounts no rule matches are summed per account
    /// into <see cref="StageCostMappingResult.Unmapped"/>.
    /// </summary>
    /// <param name="lines">The host's cost lines.</param>
    /// <param name="calendar">The reporting calendar of the facts to analyse.</param>
    /// <param name="grain">The period grain of the facts to analyse.</param>
    /// <exception cref="ArgumentNullException">An argument, or a line's account, is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A line's date is outside the calendar's supported dates, or the grain is not supported.</exception>
    public StageCostMappingResult Map(IEnumerable<CostLine> lines, ReportingCalendar calendar, PeriodGrain grain)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(calendar);
        var mapped = new List<(ReportingPeriod, string, decimal)>();
        var unmapped = new SortedDictionary<string, (int Lines, decimal Amount)>(StringComparer.Ordinal);
        decimal mappedTotal = 0m;
        decimal unmappedTotal = 0m;
        int index = 0;
        foreach (CostLine line in lines)
        {
            if (line.Account is null)
            {
                throw new ArgumentNullException(nameof(lines), $"Cost line {index} ({line.Date:uuuu-MM-dd}, {line.Amount}) has no account.");
            }

            if (StageOf(line.Account) is { } stage)
            {
                mapped.Add((calendar.GetPeriod(line.Date, grain), stage, line.Amount));
                mappedTotal += line.Amount;
            }
            else
            {
                (int count, decimal amount) = unmapped.GetValueOrDefault(line.Account);
                unmapped[line.Account] = (count + 1, amount + line.Amount);
                unmappedTotal += line.Amount;
            }

            index++;
        }

        return new StageCostMappingResult(
            new InMemoryStageCostSource(mapped),
            [.. unmapped.Select(u => new UnmappedAccount(u.Key, u.Value.Lines, u.Value.Amount))],
            mappedTotal,
            unmappedTotal);
    }

    private sealed class RulesValidator : AbstractValidator<StageCostMapping>
    {
        public RulesValidator()
        {
            RuleFor(m => m).Custom((mapping, context) =>
            {
                var stages = new HashSet<string>(mapping.Stages.Where(s => s is not null).Select(s => s.Id), StringComparer.Ordinal);
                var exact = new Dictionary<string, int>(StringComparer.Ordinal);
                var prefixes = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int i = 0; i < mapping.Rules.Length; i++)
                {
                    StageCostRule? rule = mapping.Rules[i];
                    string path = $"rules[{i}]";
                    if (rule is null)
                    {
                        context.AddFailure(new ValidationFailure(path, $"{path} is null."));
                        continue;
                    }

                    if (!stages.Contains(rule.StageId))
                    {
                        context.AddFailure(new ValidationFailure(
                            $"{path}.stageId", $"{path}.stageId '{rule.StageId}' is not one of the stages ({string.Join(", ", stages)})."));
                    }

                    if (string.IsNullOrWhiteSpace(rule.From) || string.IsNullOrWhiteSpace(rule.To))
                    {
                        context.AddFailure(new ValidationFailure($"{path}.from", $"{path} ({rule.Match}) has a blank account; give the account, prefix or range bounds."));
                        continue;
                    }

                    if (rule.Match == StageCostMatch.Range && StageCostRule.CompareAccounts(rule.From, rule.To) > 0)
                    {
                        context.AddFailure(new ValidationFailure($"{path}.to", $"{path} range {rule.From}..{rule.To} is empty: the lower bound is above the upper bound."));
                    }

                    Dictionary<string, int>? seen = rule.Match switch
                    {
                        StageCostMatch.Exact => exact,
                        StageCostMatch.Prefix => prefixes,
                        _ => null,
                    };
                    if (seen is not null && !seen.TryAdd(rule.From, i))
                    {
                        context.AddFailure(new ValidationFailure(
                            $"{path}.from", $"{path}: {rule.Match.ToString().ToLowerInvariant()} '{rule.From}' is already mapped by rules[{seen[rule.From]}]."));
                    }
                }
            });
        }
    }
}
