using Dateline.Core.Pipeline;
using Dateline.Core.Stages.Extraction;

namespace Dateline.Cli.Services;

/// <summary>Builds the per-report pipeline with the default reference data.</summary>
internal static class PipelineFactory
{
    public static ReportPipeline Create() => new(new NoEntityRecognizer());

    // Until the Resolution stage's gazetteer and actor table land, no actors or places are recognised.
    private sealed class NoEntityRecognizer : IEntityRecognizer
    {
        public IReadOnlyList<EntitySpan> Find(string sentence, DateOnly? when, string? countryContext) => [];
    }
}
