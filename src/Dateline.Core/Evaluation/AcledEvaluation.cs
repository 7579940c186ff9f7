using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Core.Model;
using Dateline.Core.Stages.Extraction;
using Dateline.Core.Stages.Resolution;

namespace Dateline.Core.Evaluation;

/// <summary>Per-field agreement of Dateline's extraction with ACLED's own coding of the same notes.</summary>
/// <param name="Rows">Rows scored.</param>
/// <param name="Date">Share with the exact event date.</param>
/// <param name="EventType">Share with ACLED's event_type.</param>
/// <param name="SubEventType">Share with ACLED's sub_event_type.</param>
/// <param name="Location">Share with ACLED's location: same name, or coordinates within 25 km.</param>
/// <param name="Actor1">Share whose initiator maps to ACLED's actor1.</param>
/// <param name="Fatalities">Share with ACLED's fatalities exactly (none stated = 0).</param>
/// <param name="Misses">A few misses per field, to guide work.</param>
public sealed record AcledScores(int Rows, double Date, double EventType, double SubEventType, double Location, double Actor1, double Fatalities, IReadOnlyDictionary<string, IReadOnlyList<string>> Misses);

/// <summary>One ACLED row as a report: its notes, published when a daily report would be.</summary>
/// <param name="Row">The row.</param>
/// <param name="Report">The notes as a raw report.</param>
public sealed record AcledNoteReport(DatasetEvent Row, RawReport Report);

/// <summary>
/// ACLED's notes as reports, and the comparison of what Dateline extracts from them with ACLED's coding. A note that
/// states its own date ("On 21 March 2020, …") is taken as published three days after the event, so the date must come
/// from the text; an undated note is taken as published on the event day, as a daily situation report would be.
/// </summary>
public static partial class AcledEvaluation
{
    /// <summary>The report for one ACLED row.</summary>
    public static AcledNoteReport ToReport(DatasetEvent row)
    {
        var notes = row.Notes ?? "";
        // The event day is ACLED's event_date, as in the scoring: a row whose time_precision widens its interval to a
        // week or a month (e.g. 2017-01-01..31 for "10 January 2017", precision 3) was still reported on that day.
        var day = EventDate(row) ?? row.Time.Earliest ?? DateOnly.MinValue;
        var published = OwnDate().IsMatch(notes) ? day.AddDays(3) : day;
        var raw = new RawReport($"acled:{row.SourceId}", notes, ReportFormat.Text)
        {
            Published = new DateTimeOffset(published.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
            Outlet = row.Raw.GetValueOrDefault("source"),
            // The export covers one country per row: a feed knows what it covers, as a country's daily report would.
            Country = row.Location?.Country,
        };
        return new AcledNoteReport(row, raw);
    }

    /// <summary>The mention that stands for the note's event: the first ACLED-codable one, else the first.</summary>
    public static Mention? MainMention(IReadOnlyList<Mention> mentions) =>
        // "Amid regime aerial bombardment, regime forces fought IS": what happened amid is the background, not the event.
        mentions.FirstOrDefault(m => AcledCoding.Of(m) is not null && m.Status is EventStatus.Occurred or EventStatus.Ongoing && !IsBackground(m))
        ?? mentions.FirstOrDefault(m => AcledCoding.Of(m) is not null && m.Status is EventStatus.Occurred or EventStatus.Ongoing)
        ?? mentions.FirstOrDefault(m => AcledCoding.Of(m) is not null)
        ?? mentions.FirstOrDefault();

    /// <summary>Scores the main mention of each row's report against the row.</summary>
    /// <param name="results">Each row with the mentions extracted from its notes.</param>
    /// <param name="acledNameOf">Maps an actor reference to ACLED's actor name on a date (the actor table's mapping).</param>
    /// <param name="maxMisses">How many misses to keep per field.</param>
    public static AcledScores Score(IReadOnlyList<(DatasetEvent Row, IReadOnlyList<Mention> Mentions)> results, Func<ActorRef, DateOnly?, string?, string?> acledNameOf, int maxMisses = 8)
    {
        int date = 0, type = 0, sub = 0, location = 0, actor = 0, fatalities = 0;
        var misses = new Dictionary<string, List<string>>
        {
            ["date"] = [], ["event_type"] = [], ["sub_event_type"] = [], ["location"] = [], ["actor1"] = [], ["fatalities"] = [],
        };

        void Miss(string field, DatasetEvent row, string got)
        {
            if (misses[field].Count < maxMisses)
            {
                misses[field].Add($"{row.SourceId}: ACLED {Expected(field, row)} / Dateline {got}");
            }
        }

        foreach (var (row, mentions) in results)
        {
            var m = MainMention(mentions);
            var code = m is null ? null : AcledCoding.Of(m);
            // ACLED's event_date is a day even when time_precision widens the row's interval: "date exact" compares to it.
            var day = EventDate(row) ?? row.Time.Earliest;
            var mDay = m?.Time is { Precision: TimePrecision.Day, Earliest: { } e } ? e : (DateOnly?)null;
            if (mDay is not null && mDay == day)
            {
                date++;
            }
            else
            {
                Miss("date", row, m?.Time.Value ?? "no event");
            }

            if (code?.EventType == row.AcledEventType)
            {
                type++;
            }
            else
            {
                Miss("event_type", row, code?.EventType ?? "none");
            }

            if (code?.SubEventType == row.AcledSubEventType)
            {
                sub++;
            }
            else
            {
                Miss("sub_event_type", row, code?.SubEventType ?? "none");
            }

            if (SamePlace(m?.Location, row.Location))
            {
                location++;
            }
            else
            {
                Miss("location", row, m?.Location is { } l ? $"{l.Name} ({l.Lat:0.##}, {l.Lon:0.##})" : "none");
            }

            var initiator = m?.Actors.FirstOrDefault(a => a.Role == ActorRole.Initiator) ?? m?.Actors.FirstOrDefault();
            var acledActor1 = row.Raw.GetValueOrDefault("actor1") ?? "";
            var mapped = initiator is null ? null : acledNameOf(initiator, day, row.Location?.Country);
            if (mapped is not null && string.Equals(Era(mapped), Era(acledActor1), StringComparison.OrdinalIgnoreCase))
            {
                actor++;
            }
            else
            {
                Miss("actor1", row, mapped ?? initiator?.Name ?? "none");
            }

            var expectedDeaths = row.Fatalities?.Min ?? 0;
            var deaths = m?.Fatalities?.Min ?? 0;
            if (deaths == expectedDeaths)
            {
                fatalities++;
            }
            else
            {
                Miss("fatalities", row, deaths.ToString(CultureInfo.InvariantCulture));
            }
        }

        var n = Math.Max(1, results.Count);
        return new AcledScores(results.Count, (double)date / n, (double)type / n, (double)sub / n, (double)location / n, (double)actor / n, (double)fatalities / n,
            misses.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value));
    }

    private static DateOnly? EventDate(DatasetEvent row) =>
        row.Raw.GetValueOrDefault("event_date") is { } text
        && (DateOnly.TryParseExact(text, ["d MMMM yyyy", "dd MMMM yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) ? d : null;

    private static string Expected(string field, DatasetEvent row) => field switch
    {
        "date" => EventDate(row)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? row.Time.Value,
        "event_type" => row.AcledEventType ?? "",
        "sub_event_type" => row.AcledSubEventType ?? "",
        "location" => row.Location is { } l ? $"{l.Name} ({l.Lat:0.##}, {l.Lon:0.##})" : "",
        "actor1" => row.Raw.GetValueOrDefault("actor1") ?? "",
        _ => (row.Fatalities?.Min ?? 0).ToString(CultureInfo.InvariantCulture),
    };

    private static bool SamePlace(PlaceRef? got, PlaceRef? expected)
    {
        if (got is null || expected is null)
        {
            return false;
        }

        // ACLED names a quarter or a site after its city ("Damascus - Jobar", "Tiyas - Airbase"): either part names it.
        var parts = expected.Name.Split(" - ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Append(expected.Name);
        if (parts.Any(p => SameName(got.Name, p) || SameName(SiteNamesake(got.Name), SiteNamesake(p)) || SameName(SizeInEnglish(got.Name), SizeInEnglish(p))))
        {
            return true;
        }

        return got.Lat is { } a && got.Lon is { } b && expected.Lat is { } c && expected.Lon is { } d
            && Stages.Resolution.Gazetteer.DistanceKm(a, b, c, d) <= 25;
    }

    private static bool SameName(string a, string b) =>
        Fold(a) == Fold(b) || Fold(WithoutArticle(a)) == Fold(WithoutArticle(b)) || IsVariantSpelling(a, b);

    /// <summary>
    /// The place a site is named after: a dam, a base, a castle, a camp or a field takes the name of its village, and
    /// ACLED codes the site where a note may name only the village, or the reverse. The name is unchanged when it has no
    /// such kind word at its end, or when nothing of three letters is left before it.
    /// </summary>
    /// <example>"Jirah Airbase" → "Jirah"; "ARK Oil Field" → "ARK"; "Shezer Castle" → "Shezer"; "Sahm El Golan Dam" →
    /// "Sahm El Golan"; "Cemetery" stays "Cemetery" (no name before the kind word); "Tal Shiha" stays (a hill word
    /// leads the name, it is not a site of it).</example>
    internal static string SiteNamesake(string name)
    {
        var m = SiteKind().Match(name);
        return m.Success && m.Index >= 3 ? name[..m.Index].TrimEnd(' ', '-') : name;
    }

    /// <summary>
    /// The name with an Arabic word of size after it written as ACLED writes it, in English before it: twin villages
    /// are "the big" and "the little" one.
    /// </summary>
    /// <example>"Sweidiyah Kabira" → "Big Sweidiyah"; "Jdi'aa Sghir" → "Little Jdi'aa"; "Kabir" stays "Kabir" (no name
    /// before it); "Tal Kabir Hill" stays (the size word does not end the name).</example>
    internal static string SizeInEnglish(string name)
    {
        var m = ArabicSize().Match(name);
        return !m.Success ? name : (m.Groups["big"].Success ? "Big " : "Little ") + m.Groups["name"].Value;
    }

    // "Kabir", "Kabira", "Kebireh" (big); "Saghir", "Sghira", "Saghireh" (little), ending a name of at least three letters.
    [GeneratedRegex(@"^(?<name>\p{L}.{2,}?)\s+(?:(?<big>K[ae]?b(?:i|ee|e)r(?:a|e|ah|eh)?)|S[ae]?gh(?:i|ee|e)r(?:a|e|ah|eh)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArabicSize();

    // The kind of site at the end of a name, with the resource it holds: "Airbase", "Military Airbase", "Oil Field",
    // "Gas Fields", "Pumping Station", "Dam", "Castle", "Camp".
    [GeneratedRegex(@"[ -]+(?:(?:military|army|oil|gas|oil and gas|pumping|research) )?(?:air ?base|airport|base|dam|castle|citadel|camp|fields?|station|facility)$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteKind();

    /// <summary>ACLED closes an actor's period when it ends: "(2014-2021)" in later exports is "(2014-)" in earlier ones.</summary>
    private static string Era(string name) => ClosedPeriod().Replace(name, "($1-)");

    [GeneratedRegex(@"\((\d{4})-\d{4}\)")]
    private static partial Regex ClosedPeriod();

    /// <summary>
    /// Two transliterations of one Arabic or Persian name: the same consonants (at least three) once these are set
    /// aside: the article, written apart, hyphenated or fused to a later word ("al-", "el-", "Elbuhmeid"); doubled
    /// letters; vowels; a final "h" after a vowel; the "h" of a digraph after a consonant (kh, gh, sh, th, dh are
    /// written with or without it: "Kherbet" = "Kerbet", "Bogheleyah" = "Bogeleyyah"); the "t" of a ta marbuta ending a
    /// word that another word follows ("Lalat Muhammad" = "Lala Muhammad", "Jazaret" = "Jazra"); and "q" and "k", two
    /// romanizations of ق ("Qabasin" = "Kabasin"). A name of one or two consonants is too short to be told apart by them
    /// alone: its vowels must agree too, each run of them holding the same sounds once the usual romanization swaps are
    /// made (a or e; i or y; o, u or w): "Zayzun" = "Zeyzun", "Aidoun" = "Aydun", "Tweis" = "Tiwes", "Qita" = "Kita",
    /// "Al-Fu'ah" = "Foah" (the apostrophe of a hamza or an ayn is no letter),
    /// but "Duma" ≠ "Dama".
    /// </summary>
    /// <example>"Kafr Elzeit" = "Kafr al-Zayt"; "Hosh Al-Dawahrah" = "Hosh al-Dawahira"; "Jurniyah" = "Jurneyyeh";
    /// "Jazaret Elbuhmeid" = "Jazrat al-Bohmid"; "Kherbet Ghazala" = "Kerba Ghazala"; not the same: "Aleppo" ≠ "Afrin",
    /// "Duma" ≠ "Hama", "Tal Shiha" ≠ "Shiha", "Kafr Nabl" ≠ "Kafr Nabuda", "Hayyan" ≠ "Hayyat" (a "t" ending the name
    /// is kept: only a construct before another word drops it).</example>
    public static bool IsVariantSpelling(string a, string b)
    {
        // The three consonants are counted with the digraphs whole: "Shair" has three (s, h, r), not two.
        var (x, y) = (Consonants(a, digraphs: true), Consonants(b, digraphs: true));
        if (x.Length < 3 || y.Length < 3)
        {
            return x.Length > 0 && x == y && Consonants(a, digraphs: true, vowels: true) == Consonants(b, digraphs: true, vowels: true);
        }

        return x == y || Consonants(a, digraphs: false) == Consonants(b, digraphs: false);
    }

    private static readonly FrozenSet<string> NameArticles = PlaceWords.Set(PlaceWords.NameArticles);

    /// <summary>
    /// The consonant skeleton of <see cref="IsVariantSpelling"/>; with <paramref name="vowels"/>, each run of vowels
    /// between them written as the set of its sounds (a/e, i/y, o/u/w) as one digit.
    /// </summary>
    /// <example>"Zayzun" → "zn", with vowels "z3z4n"; "Duma" → "dm", with vowels "d4m1".</example>
    private static string Consonants(string name, bool digraphs, bool vowels = false)
    {
        var words = name.ToLowerInvariant().Replace('-', ' ').Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new System.Text.StringBuilder();
        var sounds = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (NameArticles.Contains(w))
            {
                continue; // the article, written apart or hyphenated
            }

            // "Elzeit": the article written onto the word
            if (w.Length > 4 && (w.StartsWith("el", StringComparison.Ordinal) || w.StartsWith("al", StringComparison.Ordinal)) && sb.Length > 0)
            {
                w = w[2..];
            }

            if (w.Length > 3 && w[^1] == 'h' && "aeiouy".Contains(w[^2], StringComparison.Ordinal))
            {
                w = w[..^1];
            }

            // ta marbuta in a construct ("Lalat Muhammad", "Madinet Elghar"): written -at/-et before another word, -a alone
            if (w.Length > 3 && w[^1] == 't' && w[^2] is 'a' or 'e' && i < words.Length - 1)
            {
                w = w[..^1];
            }

            var previous = '\0';
            foreach (var letter in w)
            {
                var c = letter == 'q' ? 'k' : letter;
                var digraphH = !digraphs && c == 'h' && previous != '\0' && !"aeiouyw".Contains(previous, StringComparison.Ordinal);
                previous = c;
                if (!char.IsLetter(c) || digraphH)
                {
                    continue;
                }

                if ("aeiouyw".Contains(c, StringComparison.Ordinal))
                {
                    sounds |= c switch { 'a' or 'e' => 1, 'i' or 'y' => 2, _ => 4 };
                    continue;
                }

                Flush();
                if (sb.Length == 0 || sb[^1] != c)
                {
                    sb.Append(c);
                }
            }
        }

        Flush();
        return sb.ToString();

        void Flush()
        {
            if (vowels && sounds != 0)
            {
                sb.Append((char)('0' + sounds));
            }

            sounds = 0;
        }
    }

    private static bool IsBackground(Mention m) =>
        m.Trigger.Length > 0 && Regex.IsMatch(m.Sentence, @"\b[Aa]mid(?:st)? (?:[\w'-]+ ){0,4}?" + Regex.Escape(m.Trigger) + @"\b");

    /// <summary>The name without a leading Arabic article: "Al-Dana" and "Dana" are one place written with and without it.</summary>
    private static string WithoutArticle(string name) => LeadingArticle().Replace(name, "");

    [GeneratedRegex(@"^(?:[Aa][lnrsdtz]|[Ee]l|[Aa]sh)[- ](?=\p{L}{3})")]
    private static partial Regex LeadingArticle();

    private static string Fold(string s) => new(s.ToLowerInvariant().Where(char.IsLetter).ToArray());

    // "On 21 March 2020, …": the note states its own date
    [GeneratedRegex(@"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b")]
    private static partial Regex OwnDate();
}
