using System.CommandLine;
using System.CommandLine.Parsing;

namespace SalesOps.Cli;

/// <summary>
/// The <c>salesops</c> command line: builds the command tree and maps outcomes to exit codes.
/// </summary>
/// <remarks>
/// Exit codes: 0 success; 1 bad input or a failed run (one line on stderr, details with
/// <c>--verbose</c>); 2 a usage error (unknown command or option, missing argument), with usage on stderr.
/// </remarks>
internal static class SalesOpsApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for bad input or a failed run.</summary>
    public const int Failure = 1;

    /// <summary>Exit code for a usage error.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// Runs the tool in-process with the given writers; <paramref name="colour"/> allows ANSI colours on stdout,
    /// <paramref name="progress"/> progress lines on stderr.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool colour = false, bool progress = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(stdout, stderr) { ColourEnabled = colour, ShowProgress = progress };
        RootCommand root = BuildRoot(context);
        ParseResult parse = root.Parse(args);

        if (parse.Errors.Count > 0)
        {
            foreach (ParseError error in parse.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine();
            stderr.WriteLine("Usage: salesops [command] [options]; run 'salesops --help' for the commands.");
            return UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
#pragma warning disable CA1031 // The tool's contract: no stack trace escapes to the user.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            bool verbose = parse.GetValue(context.Verbose);
            stderr.WriteLine($"error: {CliErrors.Describe(ex)}");
            if (verbose)
            {
                stderr.WriteLine(ex.ToString());
            }

            return Failure;
        }
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "salesops: KPIs, balanced scorecards, value chain and sales-versus-operations diagnosis from your sales and operations data.");
        root.Options.Add(context.Verbose);
        foreach (Command command in CommandCatalog.Create(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
