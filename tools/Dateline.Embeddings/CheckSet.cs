using Dateline.Cli;
using Dateline.Core.Evaluation;
using Dateline.Core.Stages.Merging;

namespace Dateline.Embeddings;

/// <summary>
/// A folder of reports with the hand-written checks of its timeline (<c>dateline eval events --expected</c>), such as
/// samples/ with eval/samples/expected.json: "the 30 December ceasefire is one event with these nine mentions". Many
/// of them are merge checks, so they show what a text feature does beyond the merge set.
/// </summary>
internal sealed class CheckSet
{
    private readonly Ingested _reports;
    private readonly ExpectationFile _expected;

    private CheckSet(string name, Ingested reports, ExpectationFile expected)
    {
        Name = name;
        _reports = reports;
        _expected = expected;
    }

    /// <summary>The reports folder, as given.</summary>
    public string Name { get; }

    /// <summary>Reads <c>FOLDER=EXPECTED.json</c> and ingests the folder.</summary>
    public static CheckSet Load(string spec)
    {
        var parts = spec.Split('=', 2);
        if (parts.Length != 2)
        {
            throw new UserException($"{spec}: not FOLDER=EXPECTED.json");
        }

        try
        {
            return new CheckSet(parts[0], Ingested.Read(parts[0]), ExpectationFile.Parse(Ingested.ReadFile(parts[1]), parts[1]));
        }
        catch (InvalidDataException ex)
        {
            throw new UserException(ex.Message);
        }
    }

    /// <summary>Merges with <paramref name="options"/>: checks in all, the descriptions of those failed, and events made.</summary>
    public (int Total, IReadOnlyList<string> Failed, int Events) Check(MergeOptions options)
    {
        var events = new MergingStage(options).Merge(_reports.Mentions);
        var outcomes = EventExpectations.Check(_expected, events);
        return (outcomes.Count, outcomes.Where(o => !o.Passed).Select(o => o.Description).ToList(), events.Count);
    }
}
