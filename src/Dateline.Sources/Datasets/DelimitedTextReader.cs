using System.Buffers;
using System.Text;

namespace Dateline.Sources.Datasets;

/// <summary>One record of a delimited text file: its first line number, its fields, and a reason when it is damaged.</summary>
/// <param name="Line">1-based line the record starts on.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Error">Why the record cannot be trusted (unterminated quote, NUL bytes, invalid UTF-8), or null.</param>
internal readonly record struct DelimitedRecord(int Line, string[] Fields, string? Error);

/// <summary>
/// A streaming reader of delimited text. With quoting it follows RFC 4180: fields in double quotes may hold the
/// delimiter, line breaks and doubled quotes (<c>"a ""b"", c"</c> → <c>a "b", c</c>); CRLF, LF and CR all end a
/// record. Without quoting (GDELT's tab-separated exports, which never quote) a record is one line split on the
/// delimiter, which is several times faster. Memory stays flat: one record at a time.
/// </summary>
internal sealed class DelimitedTextReader
{
    private static readonly SearchValues<char> Suspicious = SearchValues.Create("\0\uFFFD");
    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly bool quoting;
    private readonly char[] buffer = new char[1 << 16];
    private readonly StringBuilder field = new();
    private readonly List<string> fields = [];
    private int position;
    private int length;
    private int line = 1;

    public DelimitedTextReader(TextReader reader, char delimiter, bool quoting)
    {
        this.reader = reader;
        this.delimiter = delimiter;
        this.quoting = quoting;
    }

    /// <summary>Reads records to the end. Empty lines are skipped.</summary>
    public IEnumerable<DelimitedRecord> ReadAll()
    {
        while (true)
        {
            var record = quoting ? ReadQuoted() : ReadLine();
            if (record is null)
            {
                yield break;
            }

            yield return record.Value;
        }
    }

    private DelimitedRecord? ReadLine()
    {
        while (true)
        {
            var text = reader.ReadLine();
            if (text is null)
            {
                return null;
            }

            var at = line++;
            if (text.Length == 0)
            {
                continue;
            }

            return new DelimitedRecord(at, text.Split(delimiter), Check(text.AsSpan()));
        }
    }

    private DelimitedRecord? ReadQuoted()
    {
        while (true)
        {
            if (!Fill())
            {
                return null;
            }

            // Skip empty lines between records.
            var c = buffer[position];
            if (c is '\n' or '\r')
            {
                position++;
                if (c == '\r' && Fill() && buffer[position] == '\n')
                {
                    position++;
                }

                line++;
                continue;
            }

            break;
        }

        var start = line;
        fields.Clear();
        field.Clear();
        var inQuotes = false;
        var quoted = false;
        string? error = null;
        while (true)
        {
            if (!Fill())
            {
                if (inQuotes)
                {
                    error = "unterminated quoted field at end of file (truncated file?)";
                }

                fields.Add(field.ToString());
                break;
            }

            var c = buffer[position++];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (Fill() && buffer[position] == '"')
                    {
                        field.Append('"');
                        position++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && !(Fill() && buffer[position] == '\n')))
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                quoted = false;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && Fill() && buffer[position] == '\n')
                {
                    position++;
                }

                line++;
                fields.Add(field.ToString());
                break;
            }
            else if (c == '"' && field.Length == 0 && !quoted)
            {
                inQuotes = true;
                quoted = true;
            }
            else
            {
                // A quote inside an unquoted field, or text after a closing quote: kept as text (lenient).
                field.Append(c);
            }
        }

        var array = fields.ToArray();
        if (error is null)
        {
            foreach (var f in array)
            {
                error = Check(f.AsSpan());
                if (error is not null)
                {
                    break;
                }
            }
        }

        return new DelimitedRecord(start, array, error);
    }

    private static string? Check(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAny(Suspicious);
        if (i < 0)
        {
            return null;
        }

        return text[i] == '\0'
            ? "NUL bytes in the row (binary data?)"
            : "invalid UTF-8 byte sequence in the row (not a UTF-8 file?)";
    }

    private bool Fill()
    {
        if (position < length)
        {
            return true;
        }

        length = reader.Read(buffer, 0, buffer.Length);
        position = 0;
        return length > 0;
    }
}
