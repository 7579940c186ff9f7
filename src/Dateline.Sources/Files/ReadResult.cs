using Dateline.Core.Model;

namespace Dateline.Sources.Files;

/// <summary>One item a reader produced: a report, or a failure naming the file (and line) it came from.</summary>
public sealed record ReadResult
{
    private ReadResult(RawReport? report, string? error) => (Report, Error) = (report, error);

    /// <summary>The report, when reading succeeded.</summary>
    public RawReport? Report { get; }

    /// <summary>One line saying what failed and where ("a.jsonl:12: field 'text' is missing").</summary>
    public string? Error { get; }

    /// <summary>A successfully read report.</summary>
    public static ReadResult Ok(RawReport report) => new(report, null);

    /// <summary>A failure, with its location and reason.</summary>
    public static ReadResult Fail(string error) => new(null, error);
}
