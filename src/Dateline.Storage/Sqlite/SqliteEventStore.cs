using System.Globalization;
using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Ranking;
using Microsoft.Data.Sqlite;

namespace Dateline.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file in WAL mode.</summary>
public sealed class SqliteEventStore : IEventStore
{
    private const int SchemaVersion = 3;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;

    private SqliteEventStore(SqliteConnection connection, TimeProvider time) => (_connection, _time) = (connection, time);

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">When the file cannot be opened as a Dateline store.</exception>
    /// <param name="path">The database file.</param>
    /// <param name="time">The clock for ingest times (tests pass a fake one).</param>
    public static SqliteEventStore Open(string path, TimeProvider? time = null)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new StoreException($"{path}: folder does not exist");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        int previous;
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
            previous = Migrate(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: not a usable Dateline database ({ex.SqliteErrorCode}: {ex.Message.Split('\n')[0]})");
        }
        catch (StoreException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: {ex.Message}");
        }

        var store = new SqliteEventStore(connection, time ?? TimeProvider.System);
        try
        {
            store.Upgrade(previous);
        }
        catch (SqliteException ex)
        {
            store.Dispose();
            throw new StoreException($"{path}: could not upgrade the database ({ex.SqliteErrorCode}: {ex.Message.Split('\n')[0]})");
        }

        return store;
    }

    // Creates what is missing and returns the schema version the file had (0 for a new file).
    private static int Migrate(SqliteConnection c)
    {
        var version = Convert.ToInt32(Scalar(c, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
        if (version > SchemaVersion)
        {
            throw new StoreException($"database schema {version} is newer than this dateline ({SchemaVersion})");
        }

        // Every table is created if missing (cheap and idempotent), so a store gains tables added since it was made.
        Execute(c, """
            CREATE TABLE IF NOT EXISTS reports (
              id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, source TEXT NOT NULL, title TEXT, outlet TEXT, url TEXT,
              published TEXT, language TEXT NOT NULL, text TEXT NOT NULL, ingested_at TEXT NOT NULL, byline TEXT);
            CREATE TABLE IF NOT EXISTS mentions (
              report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
              span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, sentence TEXT NOT NULL, trigger TEXT NOT NULL, type TEXT NOT NULL,
              status TEXT NOT NULL, time_value TEXT NOT NULL, time_earliest TEXT, time_latest TEXT, time_precision TEXT NOT NULL,
              time_mod TEXT, time_anchor TEXT NOT NULL, time_text TEXT, actors TEXT NOT NULL, location TEXT,
              fatalities_min INTEGER, fatalities_max INTEGER, attribution TEXT, title TEXT NOT NULL, refers_to TEXT,
              PRIMARY KEY (report_id, ordinal));
            CREATE TABLE IF NOT EXISTS events (
              id TEXT PRIMARY KEY, title TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
              time_value TEXT NOT NULL, time_earliest TEXT, time_latest TEXT, time_precision TEXT NOT NULL, time_mod TEXT,
              time_anchor TEXT NOT NULL, actors TEXT NOT NULL, location TEXT, fatalities_min INTEGER, fatalities_max INTEGER,
              evidence TEXT NOT NULL, disagreements TEXT NOT NULL, related TEXT NOT NULL, coding TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS analyst_actions (
              seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, mention TEXT NOT NULL, others TEXT NOT NULL,
              who TEXT NOT NULL, at TEXT NOT NULL, undone_at TEXT);
            CREATE TABLE IF NOT EXISTS fetches (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, fetched_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS dataset_events (
              provenance TEXT PRIMARY KEY, dataset TEXT NOT NULL, row_hash TEXT NOT NULL, row_json TEXT NOT NULL,
              country TEXT, earliest TEXT, latest TEXT, imported_at TEXT NOT NULL, deleted_at TEXT);
            CREATE INDEX IF NOT EXISTS dataset_events_scope ON dataset_events(dataset, country, earliest);
            CREATE TABLE IF NOT EXISTS gdelt_mentions (
              event_id TEXT NOT NULL, url TEXT NOT NULL, source TEXT NOT NULL, time TEXT, PRIMARY KEY (event_id, url));
            CREATE TABLE IF NOT EXISTS event_mentions (
              event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, position INTEGER NOT NULL,
              report_id TEXT NOT NULL, ordinal INTEGER NOT NULL, PRIMARY KEY (event_id, position),
              FOREIGN KEY (report_id, ordinal) REFERENCES mentions(report_id, ordinal));
            CREATE INDEX IF NOT EXISTS events_earliest ON events(time_earliest);
            CREATE TABLE IF NOT EXISTS day_references (
              report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE, day TEXT NOT NULL, sentence TEXT NOT NULL,
              explicit INTEGER NOT NULL, dates TEXT);
            CREATE INDEX IF NOT EXISTS day_references_report ON day_references(report_id);
            """);
        // Schema 2 kept day references without their sentence's date offsets; Upgrade fills the new column.
        if (Convert.ToInt32(Scalar(c, "SELECT COUNT(*) FROM pragma_table_info('day_references') WHERE name = 'dates'"), CultureInfo.InvariantCulture) == 0)
        {
            Execute(c, "ALTER TABLE day_references ADD COLUMN dates TEXT;");
        }

        return version;
    }

    // Raises the schema version in the same transaction as the data it needs, so an interrupted upgrade is redone on
    // the next open. A store made before day references were kept (schema 1), or before they kept their sentence's
    // date offsets (schema 2), gets them found once in its reports.
    private void Upgrade(int previous)
    {
        if (previous >= SchemaVersion)
        {
            return;
        }

        var reports = previous is 1 or 2 ? LoadReports() : [];
        using var tx = _connection.BeginTransaction();
        Exec(tx, "DELETE FROM day_references");
        foreach (var report in reports)
        {
            InsertDayReferences(tx, DayReference.Collect(report));
        }

        Exec(tx, $"PRAGMA user_version = {SchemaVersion.ToString(CultureInfo.InvariantCulture)}");
        tx.Commit();
    }

    private void InsertDayReferences(SqliteTransaction tx, IReadOnlyList<DayMention> mentions)
    {
        foreach (var m in mentions)
        {
            Exec(tx, "INSERT INTO day_references VALUES ($r,$d,$s,$x,$t)", ("$r", m.ReportId), ("$d", Day(m.Day)), ("$s", m.Sentence), ("$x", m.Explicit ? 1 : 0), ("$t", Spans(m.Dates)));
        }
    }

    // A sentence's date offsets as "start-end:day" joined by ';': "19-29:2012-02-03;42-52:2012-02-05" (null: not known).
    private static string? Spans(IReadOnlyList<DateSpan>? dates) =>
        dates is null ? null : string.Join(';', dates.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Start}-{d.End}:{Day(d.Day)}")));

    private static List<DateSpan>? ParseSpans(string? text) =>
        text is null
            ? null
            : text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part =>
            {
                var colon = part.IndexOf(':', StringComparison.Ordinal);
                var dash = part.IndexOf('-', StringComparison.Ordinal);
                return new DateSpan(
                    int.Parse(part[..dash], CultureInfo.InvariantCulture),
                    int.Parse(part[(dash + 1)..colon], CultureInfo.InvariantCulture),
                    ParseDay(part[(colon + 1)..])!.Value);
            }).ToList();

    /// <inheritdoc />
    public IReadOnlyList<DayMention> LoadDayMentions()
    {
        using var cmd = Command("""
            SELECT d.report_id, d.day, d.sentence, d.explicit, r.outlet, r.published, d.dates FROM day_references d JOIN reports r ON r.id = d.report_id
            WHERE r.published IS NOT NULL ORDER BY r.published, r.id, d.rowid
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<DayMention>();
        while (r.Read())
        {
            var published = DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture);
            list.Add(new DayMention(
                ParseDay(r.GetString(1))!.Value,
                r.GetString(0),
                r.IsDBNull(4) ? null : r.GetString(4),
                DateOnly.FromDateTime(published.DateTime),
                r.GetString(2),
                r.GetInt64(3) != 0) { Dates = ParseSpans(r.IsDBNull(6) ? null : r.GetString(6)) });
        }

        return list;
    }

    /// <inheritdoc />
    public bool HasReport(string contentHash)
    {
        using var cmd = Command("SELECT 1 FROM reports WHERE hash = $h", ("$h", contentHash));
        return cmd.ExecuteScalar() is not null;
    }

    /// <inheritdoc />
    public bool SaveReport(ProcessedReport processed)
    {
        var r = processed.Report;
        using var tx = _connection.BeginTransaction();
        using (var exists = Command("SELECT 1 FROM reports WHERE hash = $h", ("$h", r.ContentHash)))
        {
            exists.Transaction = tx;
            if (exists.ExecuteScalar() is not null)
            {
                return false;
            }
        }

        using (var insert = Command(
            "INSERT INTO reports VALUES ($id,$hash,$source,$title,$outlet,$url,$published,$lang,$text,$at,$byline)",
            ("$id", r.Id), ("$hash", r.ContentHash), ("$source", r.Source), ("$title", r.Title), ("$outlet", r.Outlet),
            ("$url", r.Url), ("$published", r.Published?.ToString("O", CultureInfo.InvariantCulture)), ("$lang", r.Language),
            ("$text", r.Text), ("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)), ("$byline", r.Byline)))
        {
            insert.Transaction = tx;
            insert.ExecuteNonQuery();
        }

        foreach (var m in processed.Mentions)
        {
            InsertMention(tx, m);
        }

        InsertDayReferences(tx, DayReference.Collect(r, processed.Sentences, processed.Times));
        tx.Commit();
        return true;
    }

    private void InsertMention(SqliteTransaction tx, Mention m)
    {
        using var cmd = Command(
            "INSERT INTO mentions VALUES ($r,$o,$s,$e,$sent,$trig,$type,$status,$tv,$te,$tl,$tp,$tm,$ta,$tt,$actors,$loc,$fmin,$fmax,$attr,$title,$ref)",
            ("$r", m.ReportId), ("$o", m.Ordinal), ("$s", m.Start), ("$e", m.End), ("$sent", m.Sentence), ("$trig", m.Trigger),
            ("$type", m.Type), ("$status", Lower(m.Status)), ("$tv", m.Time.Value), ("$te", Day(m.Time.Earliest)),
            ("$tl", Day(m.Time.Latest)), ("$tp", m.Time.PrecisionName), ("$tm", m.Time.Mod), ("$ta", m.Time.Anchor.ToString()),
            ("$tt", m.TimeText), ("$actors", JsonSerializer.Serialize(m.Actors, Json)),
            ("$loc", m.Location is null ? null : JsonSerializer.Serialize(m.Location, Json)),
            ("$fmin", m.Fatalities?.Min), ("$fmax", m.Fatalities?.Max), ("$attr", m.Attribution), ("$title", m.Title), ("$ref", m.RefersTo));
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public IReadOnlyList<CitedMention> LoadMentions()
    {
        using var cmd = Command("""
            SELECT m.*, r.outlet, r.url, r.published, d.row_json FROM mentions m JOIN reports r ON r.id = m.report_id
            LEFT JOIN dataset_events d ON d.provenance = m.report_id
            ORDER BY m.report_id, m.ordinal
            """);
        using var reader = cmd.ExecuteReader();
        var list = new List<CitedMention>();
        while (reader.Read())
        {
            list.Add(ReadCited(reader));
        }

        return list;
    }

    /// <inheritdoc />
    public void ReplaceEvents(IReadOnlyList<Event> events)
    {
        using var tx = _connection.BeginTransaction();
        using (var clear = Command("DELETE FROM event_mentions; DELETE FROM events;"))
        {
            clear.Transaction = tx;
            clear.ExecuteNonQuery();
        }

        foreach (var e in events)
        {
            using (var cmd = Command(
                "INSERT INTO events VALUES ($id,$title,$type,$status,$tv,$te,$tl,$tp,$tm,$ta,$actors,$loc,$fmin,$fmax,$ev,$dis,$rel,$coding)",
                ("$id", e.Id), ("$title", e.Title), ("$type", e.Type), ("$status", Lower(e.Status)), ("$tv", e.Time.Value),
                ("$te", Day(e.Time.Earliest)), ("$tl", Day(e.Time.Latest)), ("$tp", e.Time.PrecisionName), ("$tm", e.Time.Mod),
                ("$ta", e.Time.Anchor.ToString()), ("$actors", JsonSerializer.Serialize(e.Actors, Json)),
                ("$loc", e.Location is null ? null : JsonSerializer.Serialize(e.Location, Json)),
                ("$fmin", e.Fatalities?.Min), ("$fmax", e.Fatalities?.Max),
                ("$ev", JsonSerializer.Serialize(e.Evidence, Json)), ("$dis", JsonSerializer.Serialize(e.Disagreements, Json)),
                ("$rel", JsonSerializer.Serialize(e.Related, Json)),
                ("$coding", JsonSerializer.Serialize(new Coding(e.AcledEventType, e.AcledSubEventType, e.CameoCode, e.Notes, e.SourceUrl, e.Provenance), Json))))
            {
                cmd.Transaction = tx;
                cmd.ExecuteNonQuery();
            }

            for (var i = 0; i < e.Mentions.Count; i++)
            {
                var m = e.Mentions[i].Mention;
                using var link = Command("INSERT INTO event_mentions VALUES ($e,$p,$r,$o)", ("$e", e.Id), ("$p", i), ("$r", m.ReportId), ("$o", m.Ordinal));
                link.Transaction = tx;
                link.ExecuteNonQuery();
            }
        }

        tx.Commit();
    }

    /// <inheritdoc />
    public IReadOnlyList<Event> LoadEvents(EventQuery query)
    {
        // Interval overlap with [from, to]; unbounded sides pass. Mentions are read for the selected events only.
        const string Selected = """
            ($from IS NULL OR e.time_latest IS NULL OR e.time_latest >= $from)
              AND ($to IS NULL OR e.time_earliest IS NULL OR e.time_earliest <= $to)
            """;
        var mentions = new Dictionary<string, List<CitedMention>>(StringComparer.Ordinal);
        using (var cmd = Command($"""
            SELECT m.*, r.outlet, r.url, r.published, d.row_json, em.event_id FROM event_mentions em
            JOIN events e ON e.id = em.event_id
            JOIN mentions m ON m.report_id = em.report_id AND m.ordinal = em.ordinal
            JOIN reports r ON r.id = m.report_id
            LEFT JOIN dataset_events d ON d.provenance = m.report_id
            WHERE {Selected}
            ORDER BY em.event_id, em.position
            """, ("$from", Day(query.From)), ("$to", Day(query.To))))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(reader.GetOrdinal("event_id"));
                if (!mentions.TryGetValue(id, out var list))
                {
                    mentions[id] = list = [];
                }

                list.Add(ReadCited(reader));
            }
        }

        using var events = Command($"""
            SELECT * FROM events e
            WHERE {Selected}
            ORDER BY e.time_earliest IS NULL, e.time_earliest, e.id
            """, ("$from", Day(query.From)), ("$to", Day(query.To)));
        using var r = events.ExecuteReader();
        var result = new List<Event>();
        while (r.Read())
        {
            var id = r.GetString(r.GetOrdinal("id"));
            result.Add(new Event
            {
                Id = id,
                Title = r.GetString(r.GetOrdinal("title")),
                Type = r.GetString(r.GetOrdinal("type")),
                Status = Enum.Parse<EventStatus>(r.GetString(r.GetOrdinal("status")), ignoreCase: true),
                Time = ReadTime(r),
                Actors = JsonSerializer.Deserialize<List<ActorRef>>(r.GetString(r.GetOrdinal("actors")), Json) ?? [],
                Location = ReadLocation(r),
                Mentions = mentions.GetValueOrDefault(id) ?? [],
                Fatalities = ReadQuantity(r),
                Evidence = JsonSerializer.Deserialize<List<MergeLink>>(r.GetString(r.GetOrdinal("evidence")), Json) ?? [],
                Disagreements = JsonSerializer.Deserialize<List<Disagreement>>(r.GetString(r.GetOrdinal("disagreements")), Json) ?? [],
                Related = JsonSerializer.Deserialize<List<RelatedEvent>>(r.GetString(r.GetOrdinal("related")), Json) ?? [],
            } is var e && JsonSerializer.Deserialize<Coding>(r.GetString(r.GetOrdinal("coding")), Json) is { } c
                ? e with
                {
                    AcledEventType = c.AcledEventType, AcledSubEventType = c.AcledSubEventType, CameoCode = c.CameoCode,
                    Notes = c.Notes, SourceUrl = c.SourceUrl, Provenance = c.Provenance,
                }
                : e);
        }

        return result;
    }

    /// <inheritdoc />
    public IReadOnlyList<Report> LoadReports()
    {
        using var cmd = Command("SELECT * FROM reports WHERE id NOT LIKE 'dataset:%' ORDER BY published, id");
        using var r = cmd.ExecuteReader();
        var list = new List<Report>();
        while (r.Read())
        {
            var published = NullableString(r, "published");
            list.Add(new Report
            {
                Id = r.GetString(r.GetOrdinal("id")),
                ContentHash = r.GetString(r.GetOrdinal("hash")),
                Text = r.GetString(r.GetOrdinal("text")),
                Source = r.GetString(r.GetOrdinal("source")),
                Title = NullableString(r, "title"),
                Outlet = NullableString(r, "outlet"),
                Url = NullableString(r, "url"),
                Published = published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
                Language = r.GetString(r.GetOrdinal("language")),
                Byline = NullableString(r, "byline"),
            });
        }

        return list;
    }

    /// <inheritdoc />
    public AnalystAction AddAction(AnalystAction action)
    {
        using var cmd = Command(
            "INSERT INTO analyst_actions (kind, mention, others, who, at) VALUES ($k,$m,$o,$w,$at) RETURNING seq",
            ("$k", action.Kind.ToString().ToLowerInvariant()), ("$m", action.Mention), ("$o", JsonSerializer.Serialize(action.Others, Json)),
            ("$w", action.Who), ("$at", action.At.ToString("O", CultureInfo.InvariantCulture)));
        return action with { Sequence = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) };
    }

    /// <inheritdoc />
    public IReadOnlyList<AnalystAction> LoadActions()
    {
        using var cmd = Command("SELECT * FROM analyst_actions ORDER BY seq");
        using var r = cmd.ExecuteReader();
        var list = new List<AnalystAction>();
        while (r.Read())
        {
            var undone = NullableString(r, "undone_at");
            list.Add(new AnalystAction(
                r.GetInt64(r.GetOrdinal("seq")),
                Enum.Parse<AnalystActionKind>(r.GetString(r.GetOrdinal("kind")), ignoreCase: true),
                r.GetString(r.GetOrdinal("mention")),
                JsonSerializer.Deserialize<List<string>>(r.GetString(r.GetOrdinal("others")), Json) ?? [],
                r.GetString(r.GetOrdinal("who")),
                DateTimeOffset.Parse(r.GetString(r.GetOrdinal("at")), CultureInfo.InvariantCulture),
                undone is null ? null : DateTimeOffset.Parse(undone, CultureInfo.InvariantCulture)));
        }

        return list;
    }

    /// <inheritdoc />
    public AnalystAction? UndoLastAction(DateTimeOffset at)
    {
        var last = LoadActions().LastOrDefault(a => a.UndoneAt is null);
        if (last is null)
        {
            return null;
        }

        using var cmd = Command("UPDATE analyst_actions SET undone_at = $at WHERE seq = $s",
            ("$at", at.ToString("O", CultureInfo.InvariantCulture)), ("$s", last.Sequence));
        cmd.ExecuteNonQuery();
        return last with { UndoneAt = at };
    }

    /// <inheritdoc />
    public (string? ETag, string? LastModified)? GetFetch(string url)
    {
        using var cmd = Command("SELECT etag, last_modified FROM fetches WHERE url = $u", ("$u", url));
        using var r = cmd.ExecuteReader();
        return r.Read() ? (NullableString(r, "etag"), NullableString(r, "last_modified")) : null;
    }

    /// <inheritdoc />
    public void SaveFetch(string url, string? etag, string? lastModified, DateTimeOffset at)
    {
        using var cmd = Command(
            "INSERT INTO fetches VALUES ($u,$e,$l,$at) ON CONFLICT(url) DO UPDATE SET etag=$e, last_modified=$l, fetched_at=$at",
            ("$u", url), ("$e", etag), ("$l", lastModified), ("$at", at.ToString("O", CultureInfo.InvariantCulture)));
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public DatasetImportCounts ImportDataset(string dataset, IEnumerable<DatasetEvent> rows, DateTimeOffset at)
    {
        int added = 0, updated = 0, unchanged = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        DateOnly? min = null, max = null;
        var stamp = at.ToString("O", CultureInfo.InvariantCulture);
        var tx = _connection.BeginTransaction();
        var inBatch = 0;
        try
        {
            foreach (var row in rows)
            {
                if (!seen.Add(row.Provenance))
                {
                    continue;
                }

                if (row.Location?.Country is { } c)
                {
                    countries.Add(c);
                }

                if (row.Time.Earliest is { } e && (min is null || e < min))
                {
                    min = e;
                }

                if (row.Time.Latest is { } l && (max is null || l > max))
                {
                    max = l;
                }

                var hash = RowHash(row);
                string? oldHash = null;
                var wasDeleted = false;
                using (var q = Command("SELECT row_hash, deleted_at FROM dataset_events WHERE provenance = $p", ("$p", row.Provenance)))
                {
                    q.Transaction = tx;
                    using var r = q.ExecuteReader();
                    if (r.Read())
                    {
                        oldHash = r.GetString(0);
                        wasDeleted = !r.IsDBNull(1);
                    }
                }

                if (oldHash == hash && !wasDeleted)
                {
                    unchanged++;
                    continue;
                }

                if (oldHash is null)
                {
                    added++;
                }
                else
                {
                    updated++;
                }

                Exec(tx, """
                    INSERT INTO dataset_events VALUES ($p,$d,$h,$j,$c,$e,$l,$at,NULL)
                    ON CONFLICT(provenance) DO UPDATE SET row_hash=$h, row_json=$j, country=$c, earliest=$e, latest=$l, imported_at=$at, deleted_at=NULL
                    """,
                    ("$p", row.Provenance), ("$d", dataset), ("$h", hash), ("$j", JsonSerializer.Serialize(row, Json)),
                    ("$c", row.Location?.Country), ("$e", Day(row.Time.Earliest)), ("$l", Day(row.Time.Latest)), ("$at", stamp));
                Exec(tx, "DELETE FROM event_mentions WHERE report_id = $p", ("$p", row.Provenance));
                Exec(tx, "DELETE FROM reports WHERE id = $p", ("$p", row.Provenance));
                SaveRowAsReport(tx, row, stamp);
                if (++inBatch == 5000)
                {
                    tx.Commit();
                    tx.Dispose();
                    tx = _connection.BeginTransaction();
                    inBatch = 0;
                }
            }

            var deleted = MarkDeleted(tx, dataset, seen, countries, min, max, stamp);
            tx.Commit();
            return new DatasetImportCounts(added, updated, unchanged, deleted);
        }
        finally
        {
            tx.Dispose();
        }
    }

    // A row is stored as a report of its own (id = provenance) holding one mention, so merging, events and
    // provenance work the same for text and datasets.
    private void SaveRowAsReport(SqliteTransaction tx, DatasetEvent row, string stamp)
    {
        var cited = row.ToMention();
        var m = cited.Mention;
        Exec(tx, "INSERT INTO reports VALUES ($id,$hash,$source,$title,$outlet,$url,NULL,'en',$text,$at,NULL)",
            ("$id", row.Provenance), ("$hash", "row:" + row.Provenance), ("$source", row.Provenance), ("$title", m.Title),
            ("$outlet", cited.Outlet), ("$url", row.SourceUrl), ("$text", m.Sentence), ("$at", stamp));
        InsertMention(tx, m);
    }

    private int MarkDeleted(SqliteTransaction tx, string dataset, HashSet<string> seen, HashSet<string> countries, DateOnly? min, DateOnly? max, string stamp)
    {
        if (min is null || max is null || countries.Count == 0)
        {
            return 0;
        }

        var gone = new List<string>();
        foreach (var country in countries)
        {
            using var q = Command("""
                SELECT provenance FROM dataset_events
                WHERE dataset = $d AND deleted_at IS NULL AND country = $c AND earliest >= $min AND latest <= $max
                """, ("$d", dataset), ("$c", country), ("$min", Day(min)), ("$max", Day(max)));
            q.Transaction = tx;
            using var r = q.ExecuteReader();
            while (r.Read())
            {
                var p = r.GetString(0);
                if (!seen.Contains(p))
                {
                    gone.Add(p);
                }
            }
        }

        foreach (var p in gone)
        {
            Exec(tx, "UPDATE dataset_events SET deleted_at = $at WHERE provenance = $p", ("$at", stamp), ("$p", p));
            Exec(tx, "DELETE FROM event_mentions WHERE report_id = $p", ("$p", p));
            Exec(tx, "DELETE FROM reports WHERE id = $p", ("$p", p));
        }

        return gone.Count;
    }

    private static string RowHash(DatasetEvent row)
    {
        var canonical = string.Join('\u001f', row.Raw.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical)));
    }

    private void Exec(SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public int ImportGdeltMentions(IEnumerable<(string EventId, DateTimeOffset? Time, string Source, string Url)> rows)
    {
        var added = 0;
        var tx = _connection.BeginTransaction();
        try
        {
            var inBatch = 0;
            foreach (var (eventId, time, source, url) in rows)
            {
                using var cmd = Command("INSERT OR IGNORE INTO gdelt_mentions VALUES ($e,$u,$s,$t)",
                    ("$e", eventId), ("$u", url), ("$s", source), ("$t", time?.ToString("O", CultureInfo.InvariantCulture)));
                cmd.Transaction = tx;
                added += cmd.ExecuteNonQuery();
                if (++inBatch == 5000)
                {
                    tx.Commit();
                    tx.Dispose();
                    tx = _connection.BeginTransaction();
                    inBatch = 0;
                }
            }

            tx.Commit();
            return added;
        }
        finally
        {
            tx.Dispose();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<(DateTimeOffset? Time, string Source, string Url)> GdeltMentionsOf(string eventId)
    {
        using var cmd = Command("SELECT time, source, url FROM gdelt_mentions WHERE event_id = $e ORDER BY time, url", ("$e", eventId));
        using var r = cmd.ExecuteReader();
        var list = new List<(DateTimeOffset?, string, string)>();
        while (r.Read())
        {
            var t = NullableString(r, "time");
            list.Add((t is null ? null : DateTimeOffset.Parse(t, CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2)));
        }

        return list;
    }

    /// <inheritdoc />
    public StoreCounts Counts() => new(
        Convert.ToInt32(Scalar(_connection, "SELECT count(*) FROM reports WHERE id NOT LIKE 'dataset:%'"), CultureInfo.InvariantCulture),
        Convert.ToInt32(Scalar(_connection, "SELECT count(*) FROM mentions"), CultureInfo.InvariantCulture),
        Convert.ToInt32(Scalar(_connection, "SELECT count(*) FROM events"), CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    /// <summary>An event's dataset coding and provenance, stored as one JSON column.</summary>
    private sealed record Coding(string? AcledEventType, string? AcledSubEventType, string? CameoCode, string? Notes, string? SourceUrl, IReadOnlyList<string> Provenance);

    private static Quantity? ReadQuantity(SqliteDataReader r)
    {
        var fmin = r.IsDBNull(r.GetOrdinal("fatalities_min")) ? (int?)null : r.GetInt32(r.GetOrdinal("fatalities_min"));
        var fmax = r.IsDBNull(r.GetOrdinal("fatalities_max")) ? (int?)null : r.GetInt32(r.GetOrdinal("fatalities_max"));
        return fmin is { } min ? new Quantity(min, fmax) : null;
    }

    private static CitedMention ReadCited(SqliteDataReader r)
    {
        var mention = new Mention
        {
            ReportId = r.GetString(r.GetOrdinal("report_id")),
            Ordinal = r.GetInt32(r.GetOrdinal("ordinal")),
            Start = r.GetInt32(r.GetOrdinal("span_start")),
            End = r.GetInt32(r.GetOrdinal("span_end")),
            Sentence = r.GetString(r.GetOrdinal("sentence")),
            Trigger = r.GetString(r.GetOrdinal("trigger")),
            Type = r.GetString(r.GetOrdinal("type")),
            Status = Enum.Parse<EventStatus>(r.GetString(r.GetOrdinal("status")), ignoreCase: true),
            Time = ReadTime(r),
            TimeText = NullableString(r, "time_text"),
            Actors = JsonSerializer.Deserialize<List<ActorRef>>(r.GetString(r.GetOrdinal("actors")), Json) ?? [],
            Location = ReadLocation(r),
            Fatalities = ReadQuantity(r),
            Attribution = NullableString(r, "attribution"),
            Title = r.GetString(r.GetOrdinal("title")),
            RefersTo = NullableString(r, "refers_to"),
        };
        var published = NullableString(r, "published");
        var row = NullableString(r, "row_json") is { } json ? JsonSerializer.Deserialize<DatasetEvent>(json, Json) : null;
        return new CitedMention(
            mention,
            NullableString(r, "outlet"),
            NullableString(r, "url"),
            published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
            row);
    }

    private static TimeValue ReadTime(SqliteDataReader r) => new(
        r.GetString(r.GetOrdinal("time_value")),
        ParseDay(NullableString(r, "time_earliest")),
        ParseDay(NullableString(r, "time_latest")),
        Enum.Parse<TimePrecision>(r.GetString(r.GetOrdinal("time_precision")), ignoreCase: true),
        NullableString(r, "time_mod"),
        Enum.Parse<TimeAnchor>(r.GetString(r.GetOrdinal("time_anchor"))));

    private static PlaceRef? ReadLocation(SqliteDataReader r) =>
        NullableString(r, "location") is { } json ? JsonSerializer.Deserialize<PlaceRef>(json, Json) : null;

    private static string? NullableString(SqliteDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetString(i);
    }

    private static DateOnly? ParseDay(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd;
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}

/// <summary>The store cannot be used (wrong file, newer schema, missing folder): a user-facing, one-line error.</summary>
public sealed class StoreException(string message) : Exception(message);
