using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>
/// The SensorThings schema with snake_case names, so that the hand-built SQL reads the same on both engines. Deletes
/// cascade as the standard asks: a Thing takes its Datastreams and HistoricalLocations along, a Datastream its
/// Observations, a Sensor or ObservedProperty its Datastreams, a FeatureOfInterest its Observations.
/// </summary>
public sealed class SensingModel : IModuleModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        Table<ThingRow>(modelBuilder, "sta_things");
        Table<LocationRow>(modelBuilder, "sta_locations");
        Table<SensorRow>(modelBuilder, "sta_sensors");
        Table<ObservedPropertyRow>(modelBuilder, "sta_observed_properties");
        Table<FeatureRow>(modelBuilder, "sta_features");

        Table<ThingLocationRow>(modelBuilder, "sta_thing_locations", link =>
        {
            link.HasKey(l => new { l.ThingId, l.LocationId });
            link.HasIndex(l => l.LocationId);
            link.HasOne<ThingRow>().WithMany().HasForeignKey(l => l.ThingId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<LocationRow>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Cascade);
        });

        Table<HistoricalLocationRow>(modelBuilder, "sta_historical_locations", history =>
        {
            history.HasIndex(h => new { h.ThingId, h.Time });
            history.HasOne<ThingRow>().WithMany().HasForeignKey(h => h.ThingId).OnDelete(DeleteBehavior.Cascade);
        });

        Table<HistoricalLocationLocationRow>(modelBuilder, "sta_historical_location_locations", link =>
        {
            link.HasKey(l => new { l.HistoricalLocationId, l.LocationId });
            link.HasIndex(l => l.LocationId);
            link.HasOne<HistoricalLocationRow>().WithMany().HasForeignKey(l => l.HistoricalLocationId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<LocationRow>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Cascade);
        });

        Table<DatastreamRow>(modelBuilder, "sta_datastreams", datastream =>
        {
            datastream.HasIndex(d => d.ThingId);
            datastream.HasIndex(d => d.SensorId);
            datastream.HasIndex(d => d.ObservedPropertyId);
            datastream.HasOne<ThingRow>().WithMany().HasForeignKey(d => d.ThingId).OnDelete(DeleteBehavior.Cascade);
            datastream.HasOne<SensorRow>().WithMany().HasForeignKey(d => d.SensorId).OnDelete(DeleteBehavior.Cascade);
            datastream.HasOne<ObservedPropertyRow>().WithMany().HasForeignKey(d => d.ObservedPropertyId).OnDelete(DeleteBehavior.Cascade);
        });

        Table<MultiDatastreamRow>(modelBuilder, "sta_multi_datastreams", multi =>
        {
            multi.HasIndex(d => d.ThingId);
            multi.HasIndex(d => d.SensorId);
            multi.HasOne<ThingRow>().WithMany().HasForeignKey(d => d.ThingId).OnDelete(DeleteBehavior.Cascade);
            multi.HasOne<SensorRow>().WithMany().HasForeignKey(d => d.SensorId).OnDelete(DeleteBehavior.Cascade);
        });

        Table<MultiDatastreamObservedPropertyRow>(modelBuilder, "sta_multi_datastream_observed_properties", link =>
        {
            link.HasKey(l => new { l.MultiDatastreamId, l.ObservedPropertyId });
            link.HasIndex(l => l.ObservedPropertyId);
            link.HasOne<MultiDatastreamRow>().WithMany().HasForeignKey(l => l.MultiDatastreamId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<ObservedPropertyRow>().WithMany().HasForeignKey(l => l.ObservedPropertyId).OnDelete(DeleteBehavior.Cascade);
        });

        Table<ObservationRow>(modelBuilder, "sta_observations", observation =>
        {
            // "Latest value" and time ranges of one Datastream are seeks on these indexes, newest first by id as tie-break.
            observation.HasIndex(o => new { o.DatastreamId, o.PhenomenonTimeStart, o.Id });
            observation.HasIndex(o => new { o.MultiDatastreamId, o.PhenomenonTimeStart, o.Id });

            // Pages of one Datastream in the default order (by id). Without these, PostgreSQL answers a small $top by
            // walking the primary key and skipping other streams' rows: 1.5 s for a late Datastream of 10 million rows.
            observation.HasIndex(o => new { o.DatastreamId, o.Id });
            observation.HasIndex(o => new { o.MultiDatastreamId, o.Id });
            observation.HasIndex(o => o.FeatureId);
            observation.HasOne<DatastreamRow>().WithMany().HasForeignKey(o => o.DatastreamId).OnDelete(DeleteBehavior.Cascade);
            observation.HasOne<MultiDatastreamRow>().WithMany().HasForeignKey(o => o.MultiDatastreamId).OnDelete(DeleteBehavior.Cascade);
            observation.HasOne<FeatureRow>().WithMany().HasForeignKey(o => o.FeatureId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void Table<T>(ModelBuilder modelBuilder, string table, Action<EntityTypeBuilder<T>>? configure = null)
        where T : class
    {
        var entity = modelBuilder.Entity<T>();
        entity.ToTable(table);
        foreach (var property in entity.Metadata.GetDeclaredProperties())
        {
            entity.Property(property.Name).HasColumnName(SnakeCase(property.Name));
        }

        configure?.Invoke(entity);
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
