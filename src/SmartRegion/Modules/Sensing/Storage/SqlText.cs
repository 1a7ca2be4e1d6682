using System.Data.Common;
using System.Text;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>SQL text with its parameters. Every value from a request becomes a parameter, never part of the text.</summary>
internal sealed class SqlText
{
    private readonly StringBuilder text = new();
    private readonly List<(string Name, object? Value)> parameters = [];

    public IReadOnlyList<(string Name, object? Value)> Parameters => parameters;

    public SqlText Append(string sql)
    {
        text.Append(sql);
        return this;
    }

    /// <summary>Adds a parameter and returns its placeholder (<c>@p3</c>).</summary>
    public string Parameter(object? value)
    {
        var name = "@p" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameters.Add((name, value));
        return name;
    }

    public override string ToString() => text.ToString();

    public DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The text is built from the data model and placeholders only; every request value is a parameter.
        command.CommandText = text.ToString();
#pragma warning restore CA2100
        AddParameters(command.Parameters, command.CreateParameter);
        return command;
    }

    /// <summary>The same statement as a member of a batch (several statements, one round trip).</summary>
    public DbBatchCommand CreateBatchCommand(DbBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var command = batch.CreateBatchCommand();
        command.CommandText = text.ToString();
        AddParameters(command.Parameters, command.CreateParameter);
        return command;
    }

    private void AddParameters(DbParameterCollection target, Func<DbParameter> create)
    {
        foreach (var (name, value) in parameters)
        {
            var parameter = create();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            target.Add(parameter);
        }
    }
}
