namespace SalesOps.Cli;

/// <summary>Turns an exception into the one line the user sees.</summary>
internal static class CliErrors
{
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            FileNotFoundException fnf when fnf.FileName is not null => $"{fnf.FileName}: file not found",
            DirectoryNotFoundException dnf => dnf.Message,
            _ => FirstLine(exception.Message),
        };
    }

    private static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
