using Dateline.Storage;
using Dateline.Storage.Sqlite;

namespace Dateline.Cli.Services;

/// <summary>Opens the store named by <c>--db</c>.</summary>
internal static class StoreFactory
{
    /// <summary>Opens a store that must exist already (every verb but ingest and import).</summary>
    public static IEventStore OpenExisting(string db) =>
        File.Exists(db) ? Open(db) : throw new UserException($"{db}: no such database (run `dateline ingest` first)");

    public static IEventStore Open(string db)
    {
        try
        {
            return SqliteEventStore.Open(db);
        }
        catch (StoreException ex)
        {
            throw new UserException(ex.Message);
        }
    }
}
