using System.Text;
using Dateline.Sources.Datasets;

namespace Dateline.Sources.Tests.Datasets;

/// <summary>Small dataset files in each documented layout, written here (tests never read ../shared).</summary>
internal static class Fixtures
{
    public static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    public static MemoryStream Stream(byte[] bytes) => new(bytes);

    /// <summary>A GDELT Events row: the given columns set by name, the rest empty.</summary>
    public static string GdeltRow(IReadOnlyList<string> columns, params (string Name, string Value)[] values)
    {
        var fields = new string[columns.Count];
        Array.Fill(fields, string.Empty);
        foreach (var (name, value) in values)
        {
            fields[columns.ToList().IndexOf(name)] = value;
        }

        return string.Join('\t', fields);
    }

    public static string Gdelt2(string id, string sqlDate, string code = "190", string url = "https://example.org/a") =>
        GdeltRow(GdeltReader.Events2Columns,
            ("GLOBALEVENTID", id), ("SQLDATE", sqlDate), ("Actor1Name", "AFGHANISTAN"), ("Actor2Name", "UNITED KINGDOM"),
            ("EventCode", code), ("EventRootCode", code[..2]), ("ActionGeo_Type", "4"),
            ("ActionGeo_FullName", "Helmand, Helmand, Afghanistan"), ("ActionGeo_CountryCode", "AF"),
            ("ActionGeo_Lat", "31.0"), ("ActionGeo_Long", "64.0"), ("DATEADDED", "20201113001500"), ("SOURCEURL", url));

    public const string AcledOldHeader =
        "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3";

    public const string AcledNewHeader =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    public const string UcdpHeader =
        "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob";
}
