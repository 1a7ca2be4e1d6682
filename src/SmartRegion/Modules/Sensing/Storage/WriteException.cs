namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>A write the server refuses: what is wrong and where in the body, with the status to answer.</summary>
internal sealed class WriteException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static WriteException Invalid(string at, string message) => new(StatusCodes.Status400BadRequest, $"{at}: {message}");

    public static WriteException Missing(string entity, long id) => new(StatusCodes.Status404NotFound, $"There is no {entity} with @iot.id {id}.");
}
