namespace SalesOps.Sdk.IO.Tests;

/// <summary>Locates the shared fixture files: <c>../shared/fixtures</c> next to the repository root.</summary>
internal static class Fixtures
{
    public static string Path(string fileName)
    {
        DirectoryInfo? folder = new(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "SalesOps.Sdk.sln")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds SalesOps.Sdk.sln; cannot locate the fixtures.");
        }

        string path = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder.FullName, "..", "shared", "fixtures", fileName));
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Fixture {fileName} is missing: expected it at {path} (../shared/fixtures relative to the repository root).");
        }

        return path;
    }
}
