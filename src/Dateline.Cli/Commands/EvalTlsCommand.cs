using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Dateline.Cli.Services;
using Dateline.Core.Evaluation;
using Dateline.Core.Model;
using Dateline.Core.Ranking;
using Dateline.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval tls --articles FILE --timelines FILE</c>: timeline summarization on a T17-style set. Ingests the
/// articles, takes the N key days (N = the reference's number of dates, within its first and last dates), and prints date F1 and AR-1/AR-2.
/// </summary>
public sealed class EvalTlsCommand(IAnsiConsole console) : Command<EvalTlsCommand.Settings>
{
    /// <summary>Arguments of <c>eval tls</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Articles, JSON Lines of {id, time, text}.</summary>
        [CommandOption("--articles <FILE>")]
        [Description("Articles: JSON Lines of {id, time (publication date), text}")]
        public string Articles { get; init; } = "";

        /// <summary>Reference timelines, one JSON array a line.</summary>
        [CommandOption("--timelines <FILE>")]
        [Description("Reference timelines: one [[date, [sentences]], …] array a line")]
        public string Timelines { get; init; } = "";

        /// <summary>Minimum mean date F1.</summary>
        [CommandOption("--min-date-f1 <F1>")]
        [Description("Exit 1 when the mean date F1 is below this")]
        [DefaultValue(0.0)]
        public double MinDateF1 { get; init; }

        /// <summary>Minimum mean AR-1 F1.</summary>
        [CommandOption("--min-ar1 <F1>")]
        [Description("Exit 1 when the mean AR-1 F1 (the summaries) is below this")]
        [DefaultValue(0.0)]
        public double MinAr1 { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Articles.Length == 0 || Timelines.Length == 0 ? ValidationResult.Error("--articles FILE and --timelines FILE are required") : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        foreach (var f in new[] { settings.Articles, settings.Timelines })
        {
            if (!File.Exists(f))
            {
                throw new UserException($"{f}: no such file");
            }
        }

        var references = ReadTimelines(settings.Timelines);
        var dir = Directory.CreateTempSubdirectory("dateline-eval-tls-");
        try
        {
            using var store = StoreFactory.Open(Path.Combine(dir.FullName, "tls.db"));
            var summary = new IngestService(store, PipelineFactory.Create())
                .Ingest([settings.Articles], new IngestOptions(null, null), new ConsoleIngestProgress(console), cancellationToken);
            var reports = store.LoadReports();
            var first = reports.Where(r => r.Published is not null).Min(r => DateOnly.FromDateTime(r.Published!.Value.DateTime));
            var last = reports.Where(r => r.Published is not null).Max(r => DateOnly.FromDateTime(r.Published!.Value.DateTime));
            var events = store.LoadEvents(new EventQuery(first, last))
                .Where(e => e.Time.Earliest >= first && e.Time.Latest <= last)
                .ToList();
            console.WriteLine($"articles {summary.New + summary.Unchanged}, mentions {summary.Counts.Mentions}, events {events.Count} within {first:yyyy-MM-dd}..{last:yyyy-MM-dd}");

            var dayMentions = store.LoadDayMentions();
            var publications = reports.Where(r => r.Published is not null).Select(r => DateOnly.FromDateTime(r.Published!.Value.DateTime)).ToList();

            var table = new Table().AddColumns("timeline", "dates", "date P", "date R", "date F1", "AR-1 F1", "AR-2 F1");
            var scores = new List<TimelineScores>();
            var i = 0;
            foreach (var reference in references)
            {
                i++;
                var perDate = (int)Math.Max(1, Math.Round(reference.Values.Average(v => v.Count)));
                // As news-tls evaluates: the candidate days lie within the reference's first and last dates.
                var top = DayReference.Top(dayMentions, publications, reference.Count, reference.Keys.Min(), reference.Keys.Max(), perDate);
                var predicted = top.ToDictionary(d => d.Day, d => (IReadOnlyList<string>)[d.Summary]);
                var s = TimelineScorer.Score(predicted, reference);
                scores.Add(s);
                table.AddRow(i.ToString(CultureInfo.InvariantCulture), reference.Count.ToString(CultureInfo.InvariantCulture), F(s.Dates.Precision), F(s.Dates.Recall), F(s.Dates.F1), F(s.AlignedRouge1.F1), F(s.AlignedRouge2.F1));
            }

            var mean = scores.Average(s => s.Dates.F1);
            var ar1 = scores.Average(s => s.AlignedRouge1.F1);
            table.AddRow("mean", "", "", "", F(mean), F(ar1), F(scores.Average(s => s.AlignedRouge2.F1)));
            console.Write(table);
            if (mean < settings.MinDateF1)
            {
                console.MarkupLineInterpolated($"[red]below the bar:[/] mean date F1 {F(mean)} < {F(settings.MinDateF1)}");
                return 1;
            }

            if (ar1 < settings.MinAr1)
            {
                console.MarkupLineInterpolated($"[red]below the bar:[/] mean AR-1 F1 {F(ar1)} < {F(settings.MinAr1)}");
                return 1;
            }

            return 0;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static List<Dictionary<DateOnly, IReadOnlyList<string>>> ReadTimelines(string path)
    {
        var result = new List<Dictionary<DateOnly, IReadOnlyList<string>>>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var timeline = new Dictionary<DateOnly, IReadOnlyList<string>>();
                foreach (var entry in doc.RootElement.EnumerateArray())
                {
                    var date = DateOnly.ParseExact(entry[0].GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    timeline[date] = entry[1].EnumerateArray().Select(s => s.GetString() ?? "").ToList();
                }

                result.Add(timeline);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or IndexOutOfRangeException)
            {
                throw new UserException($"{path}:{lineNumber}: not a timeline ([[date, [sentences]], …]): {ex.Message.Split('.')[0]}");
            }
        }

        return result.Count > 0 ? result : throw new UserException($"{path}: no timelines");
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
