using System.Reflection;

namespace SalesOps.Sdk.Tests.Packaging;

/// <summary>The core package stays pure: only NodaTime, FluentValidation and DI abstractions.</summary>
public class CoreDependencyTests
{
    private static readonly string[] AllowedPrefixes =
    [
        "System.", "System", "mscorlib", "netstandard", "Microsoft.Win32.",
        "NodaTime", "FluentValidation", "Microsoft.Extensions.DependencyInjection.Abstractions",
    ];

    [Fact]
    public void CoreAssembly_ReferencesOnlyAllowedAssemblies()
    {
        Assembly core = typeof(SalesOps.Sdk.Measures.Money).Assembly;

        string[] references = core.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        references.Where(name => !AllowedPrefixes.Any(p => name == p || name.StartsWith(p, StringComparison.Ordinal)))
            .Should().BeEmpty("the core package may depend only on NodaTime, FluentValidation and DI abstractions");
    }

    [Fact]
    public void CoreProject_DeclaresOnlyTheThreeAllowedPackages()
    {
        string project = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "SalesOps.Sdk", "SalesOps.Sdk.csproj"));

        string[] packages = System.Text.RegularExpressions.Regex
            .Matches(project, "<PackageReference\\s+Include=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value)
            .Where(name => !name.StartsWith("Microsoft.CodeAnalysis.", StringComparison.Ordinal)) // analyzers, build-time only
            .ToArray();

        packages.Should().BeEquivalentTo(
            ["NodaTime", "FluentValidation", "Microsoft.Extensions.DependencyInjection.Abstractions"]);
    }

    [Fact]
    public void CoreProject_AnalyzerReferencesArePrivate()
    {
        string project = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "SalesOps.Sdk", "SalesOps.Sdk.csproj"));

        System.Text.RegularExpressions.Regex
            .Matches(project, "<PackageReference\\s+Include=\"Microsoft\\.CodeAnalysis\\.[^\"]+\"[^>]*>")
            .Select(m => m.Value)
            .Should().OnlyContain(tag => tag.Contains("PrivateAssets=\"all\"", StringComparison.Ordinal));
    }

    internal static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "SalesOps.Sdk.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("SalesOps.Sdk.sln not found above the test output folder.");
    }
}
