using System.CommandLine;

namespace SalesOps.Cli;

/// <summary>What every command needs from the host process: its output writers and the global options.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter stdout, TextWriter stderr)
    {
        Out = stdout;
        Error = stderr;
    }

    /// <summary>Standard output: results only (tables, JSON, CSV).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: warnings, progress and errors.</summary>
    public TextWriter Error { get; }

    /// <summary>
    /// Whether results may carry ANSI colour codes: true only when standard output is a terminal (and NO_COLOR is
    /// unset); false when output is redirected and in tests.
    /// </summary>
    public bool ColourEnabled { get; init; }

    /// <summary>
    /// Whether long runs show progress on standard error: true only when standard error is a terminal; false when it
    /// is redirected and in tests. Progress never goes to standard output.
    /// </summary>
    public bool ShowProgress { get; init; }

    /// <summary>The global <c>--verbose</c> flag: show exception details on failure.</summary>
    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show error details (stack traces) on failure.",
        Recursive = true,
    };
}
