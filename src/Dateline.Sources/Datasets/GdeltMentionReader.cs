using System.Globalization;

namespace Dateline.Sources.Datasets;

/// <summary>
/// Reads GDELT 2.0 Mentions files (16 tab-separated columns, no header): one article mentioning one event, with the
/// sentence and GDELT's confidence. Streams; bad rows come back as failures naming file and line.
/// </summary>
public static class GdeltMentionReader
{
    /// <summary>The 16 GDELT 2.0 Mentions columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
        "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
        "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
    ];

    private static readonly Header Header = new(Columns);

    /// <summary>Reads a Mentions file.</summary>
    public static IEnumerable<GdeltMentionReadResult> Read(string path) =>
        DatasetInput.ReadFile(path, Read, GdeltMentionReadResult.Fail);

    /// <summary>Reads Mentions rows from a stream; <paramref name="source"/> names it in messages.</summary>
    public static IEnumerable<GdeltMentionReadResult> Read(Stream stream, string source)
    {
        var (reader, error) = DatasetInput.OpenText(stream, source);
        if (reader is null)
        {
            yield return GdeltMentionReadResult.Fail(error!);
            yield break;
        }

        using (reader)
        {
            var checkedLayout = false;
            foreach (var record in new DelimitedTextReader(reader, '\t', quoting: false).ReadAll())
            {
                if (!checkedLayout)
                {
                    checkedLayout = true;
                    if (record.Fields.Length != Columns.Count && record.Fields.Length is 61 or 58)
                    {
                        yield return GdeltMentionReadResult.Fail($"{source}: an Events file, not a Mentions file ({record.Fields.Length} columns, expected 16)");
                        yield break;
                    }

                    if (record.Fields[0] == "GLOBALEVENTID")
                    {
                        continue;
                    }
                }

                yield return Map(record, source);
            }
        }
    }

    private static GdeltMentionReadResult Map(DelimitedRecord record, string source)
    {
        var at = $"{source}:{record.Line}";
        if (record.Error is not null)
        {
            return GdeltMentionReadResult.Fail($"{at}: {record.Error}");
        }

        var f = record.Fields;
        if (f.Length != Columns.Count)
        {
            return GdeltMentionReadResult.Fail($"{at}: {f.Length} columns, expected 16 (truncated or damaged row)");
        }

        if (f[0].Length == 0)
        {
            return GdeltMentionReadResult.Fail($"{at}: GLOBALEVENTID is empty");
        }

        var eventTime = Stamp(f[1]);
        var mentionTime = Stamp(f[2]);
        if (eventTime is null || mentionTime is null)
        {
            return GdeltMentionReadResult.Fail($"{at}: EventTimeDate/MentionTimeDate '{f[1]}'/'{f[2]}' are not YYYYMMDDHHMMSS");
        }

        if (!DatasetInput.TryInt(f[3], out var type) || !DatasetInput.TryInt(f[6], out var sentence) || !DatasetInput.TryInt(f[11], out var confidence))
        {
            return GdeltMentionReadResult.Fail($"{at}: MentionType, SentenceID or Confidence is not a number");
        }

        return GdeltMentionReadResult.Ok(new GdeltMention(f[0], eventTime, mentionTime, type, f[4], f[5], sentence, confidence, new ColumnMap(Header, f)));
    }

    private static DateTimeOffset? Stamp(string text) =>
        DateTime.TryParseExact(text, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d)
            ? new DateTimeOffset(d, TimeSpan.Zero)
            : null;
}
