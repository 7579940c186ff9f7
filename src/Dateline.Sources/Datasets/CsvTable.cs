namespace Dateline.Sources.Datasets;

/// <summary>
/// Reads a comma-separated file with a header row, checking the layout once (required columns by name, so column
/// order and extra columns do not matter) and each row's column count, and hands good rows to a mapper.
/// </summary>
internal static class CsvTable
{
    /// <summary>Maps one row; <c>at</c> is "file:line" for messages.</summary>
    public delegate T RowMapper<out T>(Header header, string[] fields, string at);

    public static IEnumerable<T> Read<T>(
        Stream stream,
        string source,
        string what,
        IReadOnlyList<string> required,
        RowMapper<T> map,
        Func<string, T> fail)
    {
        var (reader, error) = DatasetInput.OpenText(stream, source);
        if (reader is null)
        {
            yield return fail(error!);
            yield break;
        }

        using (reader)
        {
            Header? header = null;
            foreach (var record in new DelimitedTextReader(reader, ',', quoting: true).ReadAll())
            {
                var at = $"{source}:{record.Line}";
                if (header is null)
                {
                    if (record.Error is not null)
                    {
                        yield return fail($"{at}: header: {record.Error}");
                        yield break;
                    }

                    header = new Header(record.Fields);
                    var missing = header.Missing(required);
                    if (missing.Count > 0)
                    {
                        yield return fail($"{source}: not {what}: missing column(s) {string.Join(", ", missing)} in the header");
                        yield break;
                    }

                    continue;
                }

                if (record.Error is not null)
                {
                    yield return fail($"{at}: {record.Error}");
                }
                else if (record.Fields.Length != header.Names.Length)
                {
                    yield return fail($"{at}: {record.Fields.Length} columns, expected {header.Names.Length} (truncated or damaged row)");
                }
                else
                {
                    yield return map(header, record.Fields, at);
                }
            }

            if (header is null)
            {
                yield return fail($"{source}: empty file, no header");
            }
        }
    }

    /// <summary>The field of a named column, or "" when the file has no such column.</summary>
    public static string Get(this Header header, string[] fields, string name)
    {
        var i = header.IndexOf(name);
        return i >= 0 ? fields[i] : string.Empty;
    }
}
