using PublicApiGenerator;

namespace PolicyLens.Tests.PublicApi;

/// <summary>
/// The library's public API, as text, is committed beside this test (<c>PolicyLens.approved.txt</c>), so that a change to
/// it shows in review as a diff of that file. Chosen over package validation (ApiCompat): that compares with a released
/// baseline package, which does not exist yet, and reports only breaking changes, where a reviewer also wants to see
/// what is added.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string Folder = Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "PublicApi");

    [Fact]
    public void The_public_API_of_the_library_is_the_approved_one() => AssertApproved(typeof(PolicyLens.InputException).Assembly);

    [Fact]
    public void The_public_API_of_the_segmenter_package_is_the_approved_one() => AssertApproved(typeof(PolicyLens.Tokenization.JiebaSegmenter).Assembly);

    private static void AssertApproved(System.Reflection.Assembly assembly)
    {
        string name = assembly.GetName().Name!;
        string approvedPath = Path.Combine(Folder, $"{name}.approved.txt");
        string receivedPath = Path.Combine(Folder, $"{name}.received.txt");
        string received = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // InternalsVisibleTo is about our own tests and benchmarks, not the API users see.
            ExcludeAttributes = ["System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        }));
        string approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : "";

        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            $"The public API of {name} differs from {Relative(approvedPath)} (- approved, + now):\n\n" +
            LineDiff.Describe(approved, received, maxLines: 80) +
            $"\n\nIf the change is intended, accept it and commit the approved file:\n    mv {Relative(receivedPath)} {Relative(approvedPath)}");
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static string Relative(string path) => Path.GetRelativePath(SharedData.RepositoryRoot, path);
}
