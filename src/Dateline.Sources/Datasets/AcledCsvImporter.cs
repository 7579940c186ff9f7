using Dateline.Core.Export;
using Dateline.Core.Model;

namespace Dateline.Sources.Datasets;

/// <summary>One event read back from an export, or a failure naming file and line.</summary>
public sealed record EventReadResult
{
    private EventReadResult(Event? ev, string? error) => (Event, Error) = (ev, error);

    /// <summary>The event, when the row was read.</summary>
    public Event? Event { get; }

    /// <summary>What failed and where.</summary>
    public string? Error { get; }

    /// <summary>A row read.</summary>
    public static EventReadResult Ok(Event ev) => new(ev, null);

    /// <summary>A failure with its location and reason.</summary>
    public static EventReadResult Fail(string error) => new(null, error);
}

/// <summary>
/// Reads ACLED-layout CSV back into <see cref="Event"/>s: rows Dateline exported (with <c>dateline_*</c> columns,
/// see <see cref="AcledCsvExporter"/>) come back field for field; plain ACLED rows are read as ACLED events
/// (<see cref="AcledReader"/>, then <see cref="DatasetEvent.ToEvent"/>). The exporter's formula neutralization
/// (a leading <c>'</c> before = + - @) is undone.
/// </summary>
public static class AcledCsvImporter
{
    /// <summary>Reads an ACLED-layout CSV file.</summary>
    public static IEnumerable<EventReadResult> Read(string path) =>
        DatasetInput.ReadFile(path, Read, EventReadResult.Fail);

    /// <summary>Reads ACLED-layout CSV from a stream; <paramref name="source"/> names it in messages.</summary>
    public static IEnumerable<EventReadResult> Read(Stream stream, string source) =>
        CsvTable.Read(stream, source, "an ACLED-layout CSV", AcledReader.RequiredColumns, Map, EventReadResult.Fail);

    private static EventReadResult Map(Header h, string[] f, string at)
    {
        for (var i = 0; i < f.Length; i++)
        {
            f[i] = AcledCsvExporter.Unneutralize(f[i]);
        }

        if (h.Has("dateline_id") && h.Get(f, "dateline_id").Length > 0)
        {
            var (ev, error) = AcledCsvExporter.FromRow(name => h.Get(f, name));
            return ev is not null ? EventReadResult.Ok(ev) : EventReadResult.Fail($"{at}: {error}");
        }

        var row = AcledReader.Map(h, f, at);
        return row.Event is not null ? EventReadResult.Ok(row.Event.ToEvent()) : EventReadResult.Fail(row.Error!);
    }
}
