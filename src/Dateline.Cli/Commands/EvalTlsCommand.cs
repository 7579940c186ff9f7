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
        [Description("Reference timelines: one [[[[date, [[sentences]]]], …]] array a line")]
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

        /// <summary>How many seeded random halves of the articles to rank from again, to show how stable the figure is.</summary>
        [CommandOption("--halves <K>")]
        [Description("Also rank from K random halves of the articles (seeds 0..K-1) and print the mean and spread of their date F1")]
        [DefaultValue(0)]
        public int Halves { get; init; }

        /// <summary>Also score the ranking against the days the articles' own fact boxes list, ranked without those lines.</summary>
        [CommandOption("--fact-boxes")]
        [Description("Also rank against the days the articles' fact boxes list (\"10 May - …\"), from everything but those lines, beside publication counts")]
        public bool FactBoxes { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Articles.Length == 0 || Timelines.Length == 0 ? ValidationResult.Error("--articles FILE and --timelines FILE are required")
            : Halves < 0 ? ValidationResult.Error("--halves must be 0 or more")
            : ValidationResult.Success();
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
            var published = PublicationDays(reports);
            var (first, last) = (published.Min(), published.Max());
            var events = store.LoadEvents(new EventQuery(first, last))
                .Where(e => e.Time.Earliest >= first && e.Time.Latest <= last)
                .ToList();
            console.WriteLine($"articles {summary.New + summary.Unchanged}, mentions {summary.Counts.Mentions}, events {events.Count} within {first:yyyy-MM-dd}..{last:yyyy-MM-dd}");

            var dayMentions = store.LoadDayMentions();
            var extracted = store.LoadMentions();

            var table = new Table().AddColumns("timeline", "dates", "date P", "date R", "date F1", "AR-1 F1", "AR-2 F1");
            var scores = new List<TimelineScores>();
            var i = 0;
            foreach (var reference in references)
            {
                i++;
                var s = TimelineScorer.Score(Predict(dayMentions, extracted, reports, reference), reference);
                scores.Add(s);
                table.AddRow(i.ToString(CultureInfo.InvariantCulture), reference.Count.ToString(CultureInfo.InvariantCulture), F(s.Dates.Precision), F(s.Dates.Recall), F(s.Dates.F1), F(s.AlignedRouge1.F1), F(s.AlignedRouge2.F1));
            }

            var mean = scores.Average(s => s.Dates.F1);
            var ar1 = scores.Average(s => s.AlignedRouge1.F1);
            table.AddRow("mean", "", "", "", F(mean), F(ar1), F(scores.Average(s => s.AlignedRouge2.F1)));
            console.Write(table);
            if (settings.Halves > 0)
            {
                WriteHalves(reports, dayMentions, extracted, references, settings.Halves);
            }

            if (settings.FactBoxes)
            {
                WriteFactBoxes(reports, dayMentions, extracted);
            }

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

            // Unreadable articles were named one line each as they were read; the scores stand over the rest, but a
            // run that skipped input must not pass as clean.
            if (summary.Failed > 0)
            {
                console.MarkupLineInterpolated($"[red]{summary.Failed} article(s) could not be read[/] (named above); the scores are over the other {summary.New + summary.Unchanged}");
                return 1;
            }

            return 0;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    // The timeline of one reference from the reports' day mentions: as many days as the reference has, within its first
    // and last dates (as news-tls evaluates), each summarized by as many sentences as the reference's dates average.
    private static Dictionary<DateOnly, IReadOnlyList<string>> Predict(IReadOnlyList<DayMention> dayMentions, IReadOnlyList<CitedMention> extracted, IReadOnlyList<Report> reports, Dictionary<DateOnly, IReadOnlyList<string>> reference)
    {
        var publications = PublicationDays(reports);
        var perDate = (int)Math.Max(1, Math.Round(reference.Values.Average(v => v.Count)));
        var top = DayReference.Top(dayMentions, publications, reference.Count, reference.Keys.Min(), reference.Keys.Max(), perDate, DayReference.Tolls(extracted));
        return top.ToDictionary(d => d.Day, d => (IReadOnlyList<string>)[d.Summary]);
    }

    // Ranks again from K random halves of the reports (seed k for the k-th half) and prints the mean date F1 over the
    // halves with its standard deviation and range: one topic's figure moves by a whole date (1/N) with a few reports,
    // and this says by how much. Example: "halves 20: date F1 mean 0.231, sd 0.045, 0.154..0.308".
    private void WriteHalves(IReadOnlyList<Report> reports, IReadOnlyList<DayMention> dayMentions, IReadOnlyList<CitedMention> extracted, List<Dictionary<DateOnly, IReadOnlyList<string>>> references, int k)
    {
        var f1 = new List<double>();
        for (var seed = 0; seed < k; seed++)
        {
            var random = new Random(seed);
            var half = reports.OrderBy(r => r.Id, StringComparer.Ordinal).Where(_ => random.Next(2) == 0).ToList();
            var ids = half.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var mentions = dayMentions.Where(m => ids.Contains(m.ReportId)).ToList();
            var halfExtracted = extracted.Where(c => ids.Contains(c.Mention.ReportId)).ToList();
            f1.Add(references.Average(reference => TimelineScorer.Score(Predict(mentions, halfExtracted, half, reference), reference).Dates.F1));
        }

        var mean = f1.Average();
        var sd = Math.Sqrt(f1.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, f1.Count - 1));
        console.WriteLine($"halves {k}: date F1 mean {F(mean)}, sd {F(sd)}, {F(f1.Min())}..{F(f1.Max())}");
    }

    // A second reference from the articles themselves: the days their fact boxes list as chronology entries ("10 May -
    // Two suicide bombers kill 55"), within the articles' publication span, ranked from every other line (the entries
    // are left out of the day mentions and of the tolls, so no entry votes for its own day). The one-topic reference
    // has few dates; fact boxes give more, chosen by other writers, and show how the ranking holds deeper down the
    // list. Publication counts, the stamping baseline, are printed beside it. Example: "fact boxes: 44 days (32 entry
    // lines, 2011-06-03..2012-08-08); date F1 0.364, publication counts 0.205".
    private void WriteFactBoxes(IReadOnlyList<Report> reports, IReadOnlyList<DayMention> dayMentions, IReadOnlyList<CitedMention> extracted)
    {
        var publications = PublicationDays(reports);
        var (first, last) = (publications.Min(), publications.Max());
        var entries = dayMentions.Where(m => m.Day >= first && m.Day <= last && DayReference.IsChronologyEntry(m)).ToList();
        if (entries.Count == 0)
        {
            console.WriteLine("fact boxes: the articles list no dated chronology entries");
            return;
        }

        var lines = entries.Select(m => m.Sentence).ToHashSet(StringComparer.Ordinal);
        var reference = entries.GroupBy(m => m.Day).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[DayReference.Entry(g.First())]);
        var rest = dayMentions.Where(m => !lines.Contains(m.Sentence)).ToList();
        var restExtracted = extracted.Where(c => !lines.Contains(c.Mention.Sentence.Trim())).ToList();
        var ranked = TimelineScorer.Score(Predict(rest, restExtracted, reports, reference), reference).Dates.F1;
        var byPublications = publications.Where(d => d >= reference.Keys.Min() && d <= reference.Keys.Max())
            .GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(reference.Count)
            .ToDictionary(g => g.Key, _ => (IReadOnlyList<string>)[""]);
        var baseline = TimelineScorer.Score(byPublications, reference).Dates.F1;
        console.WriteLine($"fact boxes: {reference.Count} days ({lines.Count} entry lines, {reference.Keys.Min():yyyy-MM-dd}..{reference.Keys.Max():yyyy-MM-dd}); date F1 {F(ranked)}, publication counts {F(baseline)}");
    }

    // The publication day of each dated report, one entry a report.
    private static List<DateOnly> PublicationDays(IReadOnlyList<Report> reports) =>
        reports.Where(r => r.Published is not null).Select(r => DateOnly.FromDateTime(r.Published!.Value.DateTime)).ToList();

    private static List<Dictionary<DateOnly, IReadOnlyList<string>>> ReadTimelines(string path)
    {
        var result = new List<Dictionary<DateOnly, IReadOnlyList<string>>>();
        var lineNumber = 0;
        var (text, error) = Dateline.Sources.Files.TextDecoding.ReadText(path);
        if (error is not null)
        {
            throw new UserException(error);
        }

        foreach (var line in text!.Split('\n'))
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
