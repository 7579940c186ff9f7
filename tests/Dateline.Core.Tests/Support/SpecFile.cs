using System.Text.Json;

namespace Dateline.Core.Tests.Support;

/// <summary>Reads a spec file copied next to the test assembly (tests/Dateline.Core.Tests/Specs).</summary>
internal static class SpecFile
{
    public static IEnumerable<JsonElement> Cases(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", name);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    public static string? Str(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
