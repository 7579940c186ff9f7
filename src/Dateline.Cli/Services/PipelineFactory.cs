using Dateline.Core.Pipeline;
using Dateline.Core.Stages.Resolution;

namespace Dateline.Cli.Services;

/// <summary>Builds the per-report pipeline with the default reference data (gazetteer and actor table).</summary>
internal static class PipelineFactory
{
    public static ReportPipeline Create() => new(ResolvingEntityRecognizer.Default);
}
