namespace SalesOps.Sdk.IO;

/// <summary>Turns the ways opening a file fails into a <see cref="FactFileException"/> naming the file.</summary>
internal static class FileAccessGuard
{
    /// <summary>Throws when the file does not exist.</summary>
    public static void EnsureExists(string path)
    {
        if (!File.Exists(path))
        {
            throw FactFileErrors.File(
                path,
                Directory.Exists(path) ? "is a folder, not a file" : "the file does not exist",
                new FileNotFoundException("Fact file not found.", path));
        }
    }

    /// <summary>Runs <paramref name="open"/>, wrapping I/O failures.</summary>
    public static T Open<T>(string path, Func<T> open)
    {
        try
        {
            return open();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw FactFileErrors.File(path, "the file does not exist", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw FactFileErrors.File(path, "the file cannot be read: access is denied", ex);
        }
        catch (IOException ex)
        {
            throw FactFileErrors.File(path, $"the file cannot be read: {ex.Message}", ex);
        }
    }
}
