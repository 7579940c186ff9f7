using Dateline.Core.Model;
using Dateline.Core.Stages.Cleaning;
using Dateline.Core.Stages.Extraction;
using Dateline.Core.Stages.Segmentation;
using Dateline.Core.Stages.Temporal;

namespace Dateline.Core.Pipeline;

/// <summary>Everything the per-report stages produced for one report.</summary>
/// <param name="Report">The cleaned report.</param>
/// <param name="Warnings">Problems to tell the user (no date found, no text).</param>
/// <param name="Sentences">Its sentences.</param>
/// <param name="Times">Its time expressions, offsets in the report text.</param>
/// <param name="Mentions">Its event mentions.</param>
public sealed record ProcessedReport(
    Report Report,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<Mention> Mentions);

/// <summary>
/// The per-report part of the pipeline: clean → segment → tag times → extract (with actors and places).
/// A pure function of its input, safe to run in parallel over reports. Merging runs across reports after it.
/// </summary>
public sealed class ReportPipeline(IEntityRecognizer entities)
{
    private readonly CleaningStage _cleaning = new();
    private readonly SegmentationStage _segmentation = new();
    private readonly TemporalStage _temporal = new();
    private readonly ExtractionStage _extraction = new(entities);

    /// <summary>Cleans a raw report (cheap): enough to know its content hash before the costly stages.</summary>
    public CleaningResult Clean(RawReport raw) => _cleaning.Clean(raw);

    /// <summary>Runs the stages after cleaning.</summary>
    public ProcessedReport Process(CleaningResult cleaned)
    {
        var report = cleaned.Report;
        var dct = report.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : (DateOnly?)null;
        var sentences = _segmentation.Split(report.Text);
        var times = _temporal.Tag(report.Text, dct);
        var mentions = _extraction.Extract(report, sentences, times);
        return new ProcessedReport(report, cleaned.Warnings, sentences, times, mentions);
    }

    /// <summary>Runs every per-report stage.</summary>
    public ProcessedReport Process(RawReport raw) => Process(Clean(raw));
}
