using Dateline.Storage;
using Dateline.Storage.Sqlite;

namespace Dateline.Cli.Services;

/// <summary>Opens the store named by <c>--db</c>.</summary>
internal static class StoreFactory
{
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
