using System.Globalization;
using System.Text.Json;
using Dateline.Core.Stages.Temporal;

namespace Dateline.Core.Tests.Temporal;

/// <summary>
/// Spec-file tests in the Recognizers-Text style: each case gives an input, a reference date (the DCT, or null)
/// and every expression the stage must find, with its TIMEX3 type, value and mod.
/// </summary>
public sealed class TemporalSpecTests
{
    private static readonly TemporalStage Stage = new();
    private static readonly string SpecDirectory = Path.Combine(AppContext.BaseDirectory, "Temporal", "Specs");
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public sealed record ExpectedTimex(string Text, string Type, string Value, string? Mod);

    public sealed record SpecCase(string Input, string? Reference, IReadOnlyList<ExpectedTimex> Expected);

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var file in Directory.EnumerateFiles(SpecDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var cases = Load(file);
            for (var k = 0; k < cases.Count; k++)
            {
                data.Add(Path.GetFileNameWithoutExtension(file), k, cases[k].Input);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tag_SpecCase_MatchesExpected(string file, int index, string input)
    {
        // Given
        var spec = Load(Path.Combine(SpecDirectory, file + ".json"))[index];
        DateOnly? dct = spec.Reference is null ? null : DateOnly.ParseExact(spec.Reference, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        // When
        var found = Stage.Tag(input, dct);

        // Then
        var actual = found.Select(x => new ExpectedTimex(x.Text, TypeName(x.Type), x.Value, x.Mod)).ToList();
        Assert.Equal(spec.Expected, actual);
        Assert.All(found, x => Assert.Equal(x.Text, input[x.Start..x.End]));
    }

    [Fact]
    public void Cases_AllFiles_HoldHundredsOfCases()
    {
        // Given / When
        var count = Cases().Count();

        // Then
        Assert.True(count >= 300, $"only {count} spec cases");
    }

    private static List<SpecCase> Load(string path) =>
        JsonSerializer.Deserialize<List<SpecCase>>(File.ReadAllText(path), Json) ?? [];

    private static string TypeName(TimexType type) => type.ToString().ToUpperInvariant();
}
