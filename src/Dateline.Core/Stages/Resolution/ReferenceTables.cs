using Dateline.Core.Stages.Resolution.Internal;

namespace Dateline.Core.Stages.Resolution;

/// <summary>One part of loading the default reference tables: a name to show and the call that loads it.</summary>
/// <param name="Name">What the step loads ("gazetteer", "actor table, Phoenix part").</param>
/// <param name="Load">Loads the part (and nothing the steps before it have not loaded); a no-op when already loaded.</param>
public sealed record ReferenceLoadStep(string Name, Action Load);

/// <summary>
/// The default reference tables the per-report pipeline needs before its first report, as steps in the order their
/// dependencies ask for, so that a benchmark can time each one in a fresh process. Running every step leaves the tables
/// exactly as <see cref="ResolvingEntityRecognizer.Default"/> uses them (each is a process-wide singleton loaded once).
/// </summary>
/// <example>
/// <code>
/// foreach (var step in ReferenceTables.LoadSteps) { var clock = Stopwatch.StartNew(); step.Load(); Console.WriteLine($"{step.Name} {clock.ElapsedMilliseconds} ms"); }
/// </code>
/// </example>
public static class ReferenceTables
{
    /// <summary>The load steps: countries, gazetteer, its fuzzy index, actor table, its Phoenix part, the scanner's phrase table.</summary>
    public static IReadOnlyList<ReferenceLoadStep> LoadSteps { get; } =
    [
        new("countries (names, demonyms, seats)", () => _ = CountryTable.Default),
        new("gazetteer (places, regions, exact-name index)", () => _ = Gazetteer.Default),
        new("gazetteer fuzzy index (spellings without spaces, consonant skeletons)", () => Gazetteer.Default.WarmFuzzy()),
        new("actor table (countries' actors, hand-written, offices, ACLED names)", () => _ = ActorTable.Default),
        new("actor table, Phoenix part", () => ActorTable.Default.LoadPhoenix()),
        new("scanner phrase table", () => _ = EntityScanner.Default),
    ];
}
