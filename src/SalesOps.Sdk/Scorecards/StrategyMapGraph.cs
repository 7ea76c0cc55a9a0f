namespace SalesOps.Sdk.Scorecards;

/// <summary>Cycle detection over the cause → effect links of a strategy map.</summary>
internal static class StrategyMapGraph
{
    /// <summary>The first cycle found, as a path that starts and ends on the same objective, or null.</summary>
    public static IReadOnlyList<string>? FindCycle(IReadOnlyDictionary<string, List<string>> effects)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the path, 2 = done
        var path = new List<string>();
        foreach (string start in effects.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string node)
        {
            if (state.TryGetValue(node, out int s))
            {
                return s == 1 ? [.. path.Skip(path.IndexOf(node)), node] : null;
            }

            state[node] = 1;
            path.Add(node);
            if (effects.TryGetValue(node, out List<string>? next))
            {
                foreach (string effect in next)
                {
                    if (Visit(effect) is { } cycle)
                    {
                        return cycle;
                    }
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }
}
